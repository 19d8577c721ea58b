"""Per-method request cases of the v2 store and auth resources, written out from js-sdk 2.21.2's recorded
requests (verb and path as js-sdk sends them, with the first id containing ``/`` to prove it is encoded
as one segment). Plain data: never computed from the library's code.
"""

from __future__ import annotations

from tests.request_cases import Case

# fmt: off
CASES = [
    Case('auth', 'create_user', ('a/b',), {}, 'POST', '/auth/a%2Fb/user', '', None, 'AdminUserResponse'),
    Case('auth', 'list_providers', ('a/b',), {}, 'GET', '/auth/a%2Fb/providers', '', None, 'AuthProvidersListResponse'),
    Case('auth', 'reset_password', ('a/b', 'provider_1', {'k': 'v'}), {}, 'POST', '/auth/a%2Fb/provider_1/reset-password', '', {'k': 'v'}, 'EmptyResponse'),
    Case('auth.mfa', 'disable', ('a/b', {'k': 'v'}), {}, 'DELETE', '/auth/mfa/factors/a%2Fb', '', {'k': 'v'}, 'AuthMfaFactorResponse'),
    Case('auth.mfa', 'generate_recovery_codes', ({'k': 'v'},), {}, 'POST', '/auth/mfa/recovery-codes', '', {'k': 'v'}, 'AuthMfaRecoveryCodesResponse'),
    Case('auth.mfa', 'list', (), {}, 'GET', '/auth/mfa/factors', '', None, 'AuthMfaListResponse'),
    Case('auth.mfa', 'start', ({'k': 'v'},), {}, 'POST', '/auth/mfa/factors', '', {'k': 'v'}, 'AuthMfaSetupResponse'),
    Case('auth.mfa', 'verify', ('a/b', {'k': 'v'}), {}, 'POST', '/auth/mfa/factors/a%2Fb/verify', '', {'k': 'v'}, 'AuthMfaFactorResponse'),
    Case('auth.verification', 'confirm', ({'k': 'v'},), {}, 'POST', '/auth/verification/confirm', '', {'k': 'v'}, 'AuthVerificationConfirmResponse'),
    Case('auth.verification', 'request', ({'k': 'v'},), {}, 'POST', '/auth/verification/request', '', {'k': 'v'}, 'AuthVerificationRequestResponse'),
    Case('store.cart', 'add_promotions', ('a/b', {'k': 'v'}), {'query': {'fields': 'id'}}, 'POST', '/store/carts/a%2Fb/promotions', 'fields=id', {'k': 'v'}, 'StoreCartResponse'),
    Case('store.cart', 'add_shipping_method', ('a/b', {'k': 'v'}), {'query': {'fields': 'id'}}, 'POST', '/store/carts/a%2Fb/shipping-methods', 'fields=id', {'k': 'v'}, 'StoreCartResponse'),
    Case('store.cart', 'complete', ('a/b',), {'query': {'fields': 'id'}}, 'POST', '/store/carts/a%2Fb/complete', 'fields=id', None, 'StoreCompleteCartResponse'),
    Case('store.cart', 'create', ({'k': 'v'},), {'query': {'fields': 'id'}}, 'POST', '/store/carts', 'fields=id', {'k': 'v'}, 'StoreCartResponse'),
    Case('store.cart', 'create_line_item', ('a/b', {'k': 'v'}), {'query': {'fields': 'id'}}, 'POST', '/store/carts/a%2Fb/line-items', 'fields=id', {'k': 'v'}, 'StoreCartResponse'),
    Case('store.cart', 'delete_line_item', ('a/b', 'line_item_id_1'), {'query': {'fields': 'id'}}, 'DELETE', '/store/carts/a%2Fb/line-items/line_item_id_1', 'fields=id', None, 'StoreLineItemDeleteResponse'),
    Case('store.cart', 'remove_promotions', ('a/b', {'k': 'v'}), {'query': {'fields': 'id'}}, 'DELETE', '/store/carts/a%2Fb/promotions', 'fields=id', {'k': 'v'}, 'StoreCartResponse'),
    Case('store.cart', 'retrieve', ('a/b',), {'query': {'fields': 'id'}}, 'GET', '/store/carts/a%2Fb', 'fields=id', None, 'StoreCartResponse'),
    Case('store.cart', 'transfer_cart', ('a/b',), {'query': {'fields': 'id'}}, 'POST', '/store/carts/a%2Fb/customer', 'fields=id', None, 'StoreCartResponse'),
    Case('store.cart', 'update', ('a/b', {'k': 'v'}), {'query': {'fields': 'id'}}, 'POST', '/store/carts/a%2Fb', 'fields=id', {'k': 'v'}, 'StoreCartResponse'),
    Case('store.cart', 'update_line_item', ('a/b', 'line_item_id_1', {'k': 'v'}), {'query': {'fields': 'id'}}, 'POST', '/store/carts/a%2Fb/line-items/line_item_id_1', 'fields=id', {'k': 'v'}, 'StoreCartResponse'),
    Case('store.category', 'list', (), {'query': {'fields': 'id'}}, 'GET', '/store/product-categories', 'fields=id', None, 'StoreProductCategoryListResponse'),
    Case('store.category', 'retrieve', ('a/b',), {'query': {'fields': 'id'}}, 'GET', '/store/product-categories/a%2Fb', 'fields=id', None, 'StoreProductCategoryResponse'),
    Case('store.collection', 'list', (), {'query': {'fields': 'id'}}, 'GET', '/store/collections', 'fields=id', None, 'StoreCollectionListResponse'),
    Case('store.collection', 'retrieve', ('a/b',), {'query': {'fields': 'id'}}, 'GET', '/store/collections/a%2Fb', 'fields=id', None, 'StoreCollectionResponse'),
    Case('store.customer', 'create', ({'k': 'v'},), {'query': {'fields': 'id'}}, 'POST', '/store/customers', 'fields=id', {'k': 'v'}, 'StoreCustomerResponse'),
    Case('store.customer', 'create_address', ({'k': 'v'},), {'query': {'fields': 'id'}}, 'POST', '/store/customers/me/addresses', 'fields=id', {'k': 'v'}, 'StoreCustomerResponse'),
    Case('store.customer', 'delete_address', ('a/b',), {}, 'DELETE', '/store/customers/me/addresses/a%2Fb', '', None, 'StoreCustomerAddressDeleteResponse'),
    Case('store.customer', 'list_address', (), {'query': {'fields': 'id'}}, 'GET', '/store/customers/me/addresses', 'fields=id', None, 'StoreCustomerAddressListResponse'),
    Case('store.customer', 'retrieve', (), {'query': {'fields': 'id'}}, 'GET', '/store/customers/me', 'fields=id', None, 'StoreCustomerResponse'),
    Case('store.customer', 'retrieve_address', ('a/b',), {'query': {'fields': 'id'}}, 'GET', '/store/customers/me/addresses/a%2Fb', 'fields=id', None, 'StoreCustomerAddressResponse'),
    Case('store.customer', 'update', ({'k': 'v'},), {'query': {'fields': 'id'}}, 'POST', '/store/customers/me', 'fields=id', {'k': 'v'}, 'StoreCustomerResponse'),
    Case('store.customer', 'update_address', ('a/b', {'k': 'v'}), {'query': {'fields': 'id'}}, 'POST', '/store/customers/me/addresses/a%2Fb', 'fields=id', {'k': 'v'}, 'StoreCustomerResponse'),
    Case('store.fulfillment', 'calculate', ('a/b', {'k': 'v'}), {'query': {'fields': 'id'}}, 'POST', '/store/shipping-options/a%2Fb/calculate', 'fields=id', {'k': 'v'}, 'StoreShippingOptionResponse'),
    Case('store.fulfillment', 'list_cart_options', (), {'query': {'fields': 'id'}}, 'GET', '/store/shipping-options', 'fields=id', None, 'StoreShippingOptionListResponse'),
    Case('store.locale', 'list', (), {}, 'GET', '/store/locales', '', None, 'StoreLocaleListResponse'),
    Case('store.order', 'accept_transfer', ('a/b', {'k': 'v'}), {'query': {'fields': 'id'}}, 'POST', '/store/orders/a%2Fb/transfer/accept', 'fields=id', {'k': 'v'}, 'StoreOrderResponse'),
    Case('store.order', 'cancel_transfer', ('a/b',), {'query': {'fields': 'id'}}, 'POST', '/store/orders/a%2Fb/transfer/cancel', 'fields=id', None, 'StoreOrderResponse'),
    Case('store.order', 'decline_transfer', ('a/b', {'k': 'v'}), {'query': {'fields': 'id'}}, 'POST', '/store/orders/a%2Fb/transfer/decline', 'fields=id', {'k': 'v'}, 'StoreOrderResponse'),
    Case('store.order', 'list', (), {'query': {'fields': 'id'}}, 'GET', '/store/orders', 'fields=id', None, 'StoreOrderListResponse'),
    Case('store.order', 'request_transfer', ('a/b', {'k': 'v'}), {'query': {'fields': 'id'}}, 'POST', '/store/orders/a%2Fb/transfer/request', 'fields=id', {'k': 'v'}, 'StoreOrderResponse'),
    Case('store.order', 'retrieve', ('a/b',), {'query': {'fields': 'id'}}, 'GET', '/store/orders/a%2Fb', 'fields=id', None, 'StoreOrderRetrieveResponse'),
    Case('store.payment', 'list_payment_providers', (), {'query': {'fields': 'id'}}, 'GET', '/store/payment-providers', 'fields=id', None, 'StorePaymentProviderListResponse'),
    Case('store.product', 'list', (), {'query': {'fields': 'id'}}, 'GET', '/store/products', 'fields=id', None, 'StoreProductListResponse'),
    Case('store.product', 'retrieve', ('a/b',), {'query': {'fields': 'id'}}, 'GET', '/store/products/a%2Fb', 'fields=id', None, 'StoreProductResponse'),
    Case('store.product_option', 'list', (), {'query': {'fields': 'id'}}, 'GET', '/store/product-options', 'fields=id', None, 'StoreProductOptionListResponse'),
    Case('store.product_option', 'retrieve', ('a/b',), {'query': {'fields': 'id'}}, 'GET', '/store/product-options/a%2Fb', 'fields=id', None, 'StoreProductOptionResponse'),
    Case('store.region', 'list', (), {'query': {'fields': 'id'}}, 'GET', '/store/regions', 'fields=id', None, 'StoreRegionListResponse'),
    Case('store.region', 'retrieve', ('a/b',), {'query': {'fields': 'id'}}, 'GET', '/store/regions/a%2Fb', 'fields=id', None, 'StoreRegionResponse'),
]
# fmt: on

"""Every resource class, under medusa-js's exported names (admin and store).

Classes are imported on first use (PEP 562), so importing this package loads no resource module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Dict

from .._lazy import lazy_attributes

if TYPE_CHECKING:
    from .admin.apps import AdminAppsResource as AdminAppsResource
    from .admin.auth import AdminAuthResource as AdminAuthResource
    from .admin.batch_jobs import AdminBatchJobsResource as AdminBatchJobsResource
    from .admin.collections import AdminCollectionsResource as AdminCollectionsResource
    from .admin.currencies import AdminCurrenciesResource as AdminCurrenciesResource
    from .admin.custom import AdminCustomResource as AdminCustomResource
    from .admin.customer_groups import AdminCustomerGroupsResource as AdminCustomerGroupsResource
    from .admin.customers import AdminCustomersResource as AdminCustomersResource
    from .admin.discounts import AdminDiscountsResource as AdminDiscountsResource
    from .admin.draft_orders import AdminDraftOrdersResource as AdminDraftOrdersResource
    from .admin.gift_cards import AdminGiftCardsResource as AdminGiftCardsResource
    from .admin.inventory_items import AdminInventoryItemsResource as AdminInventoryItemsResource
    from .admin.invites import AdminInvitesResource as AdminInvitesResource
    from .admin.notes import AdminNotesResource as AdminNotesResource
    from .admin.notifications import AdminNotificationsResource as AdminNotificationsResource
    from .admin.order_edits import AdminOrderEditsResource as AdminOrderEditsResource
    from .admin.orders import AdminOrdersResource as AdminOrdersResource
    from .admin.payment_collections import AdminPaymentCollectionsResource as AdminPaymentCollectionsResource
    from .admin.payments import AdminPaymentsResource as AdminPaymentsResource
    from .admin.price_lists import AdminPriceListResource as AdminPriceListResource
    from .admin.product_categories import AdminProductCategoriesResource as AdminProductCategoriesResource
    from .admin.product_tags import AdminProductTagsResource as AdminProductTagsResource
    from .admin.product_types import AdminProductTypesResource as AdminProductTypesResource
    from .admin.products import AdminProductsResource as AdminProductsResource
    from .admin.publishable_api_keys import AdminPublishableApiKeyResource as AdminPublishableApiKeyResource
    from .admin.regions import AdminRegionsResource as AdminRegionsResource
    from .admin.reservations import AdminReservationsResource as AdminReservationsResource
    from .admin.return_reasons import AdminReturnReasonsResource as AdminReturnReasonsResource
    from .admin.returns import AdminReturnsResource as AdminReturnsResource
    from .admin.sales_channels import AdminSalesChannelsResource as AdminSalesChannelsResource
    from .admin.shipping_options import AdminShippingOptionsResource as AdminShippingOptionsResource
    from .admin.shipping_profiles import AdminShippingProfilesResource as AdminShippingProfilesResource
    from .admin.stock_locations import AdminStockLocationsResource as AdminStockLocationsResource
    from .admin.store import AdminStoresResource as AdminStoresResource
    from .admin.swaps import AdminSwapsResource as AdminSwapsResource
    from .admin.tax_rates import AdminTaxRatesResource as AdminTaxRatesResource
    from .admin.uploads import AdminUploadsResource as AdminUploadsResource
    from .admin.users import AdminUsersResource as AdminUsersResource
    from .admin.variants import AdminVariantsResource as AdminVariantsResource
    from .store.addresses import AddressesResource as AddressesResource
    from .store.auth import AuthResource as AuthResource
    from .store.carts import CartsResource as CartsResource
    from .store.collections import CollectionsResource as CollectionsResource
    from .store.customers import CustomerResource as CustomerResource
    from .store.customers import CustomerResource as CustomersResource
    from .store.gift_cards import GiftCardsResource as GiftCardsResource
    from .store.line_items import LineItemsResource as LineItemsResource
    from .store.order_edits import OrderEditsResource as OrderEditsResource
    from .store.orders import OrdersResource as OrdersResource
    from .store.payment_collections import PaymentCollectionsResource as PaymentCollectionsResource
    from .store.payment_methods import PaymentMethodsResource as PaymentMethodsResource
    from .store.product_categories import ProductCategoriesResource as ProductCategoriesResource
    from .store.product_tags import ProductTagsResource as ProductTagsResource
    from .store.product_types import ProductTypesResource as ProductTypesResource
    from .store.products import ProductsResource as ProductsResource
    from .store.regions import RegionsResource as RegionsResource
    from .store.return_reasons import ReturnReasonsResource as ReturnReasonsResource
    from .store.returns import ReturnsResource as ReturnsResource
    from .store.shipping_options import ShippingOptionsResource as ShippingOptionsResource
    from .store.swaps import SwapsResource as SwapsResource
    from .store.variants import ProductVariantsResource as ProductVariantsResource

_MODULES: Dict[str, str] = {
    "AddressesResource": "store.addresses",
    "AdminAppsResource": "admin.apps",
    "AdminAuthResource": "admin.auth",
    "AdminBatchJobsResource": "admin.batch_jobs",
    "AdminCollectionsResource": "admin.collections",
    "AdminCurrenciesResource": "admin.currencies",
    "AdminCustomResource": "admin.custom",
    "AdminCustomerGroupsResource": "admin.customer_groups",
    "AdminCustomersResource": "admin.customers",
    "AdminDiscountsResource": "admin.discounts",
    "AdminDraftOrdersResource": "admin.draft_orders",
    "AdminGiftCardsResource": "admin.gift_cards",
    "AdminInventoryItemsResource": "admin.inventory_items",
    "AdminInvitesResource": "admin.invites",
    "AdminNotesResource": "admin.notes",
    "AdminNotificationsResource": "admin.notifications",
    "AdminOrderEditsResource": "admin.order_edits",
    "AdminOrdersResource": "admin.orders",
    "AdminPaymentCollectionsResource": "admin.payment_collections",
    "AdminPaymentsResource": "admin.payments",
    "AdminPriceListResource": "admin.price_lists",
    "AdminProductCategoriesResource": "admin.product_categories",
    "AdminProductTagsResource": "admin.product_tags",
    "AdminProductTypesResource": "admin.product_types",
    "AdminProductsResource": "admin.products",
    "AdminPublishableApiKeyResource": "admin.publishable_api_keys",
    "AdminRegionsResource": "admin.regions",
    "AdminReservationsResource": "admin.reservations",
    "AdminReturnReasonsResource": "admin.return_reasons",
    "AdminReturnsResource": "admin.returns",
    "AdminSalesChannelsResource": "admin.sales_channels",
    "AdminShippingOptionsResource": "admin.shipping_options",
    "AdminShippingProfilesResource": "admin.shipping_profiles",
    "AdminStockLocationsResource": "admin.stock_locations",
    "AdminStoresResource": "admin.store",
    "AdminSwapsResource": "admin.swaps",
    "AdminTaxRatesResource": "admin.tax_rates",
    "AdminUploadsResource": "admin.uploads",
    "AdminUsersResource": "admin.users",
    "AdminVariantsResource": "admin.variants",
    "AuthResource": "store.auth",
    "CartsResource": "store.carts",
    "CollectionsResource": "store.collections",
    "CustomerResource": "store.customers",
    "GiftCardsResource": "store.gift_cards",
    "LineItemsResource": "store.line_items",
    "OrderEditsResource": "store.order_edits",
    "OrdersResource": "store.orders",
    "PaymentCollectionsResource": "store.payment_collections",
    "PaymentMethodsResource": "store.payment_methods",
    "ProductCategoriesResource": "store.product_categories",
    "ProductTagsResource": "store.product_tags",
    "ProductTypesResource": "store.product_types",
    "ProductVariantsResource": "store.variants",
    "ProductsResource": "store.products",
    "RegionsResource": "store.regions",
    "ReturnReasonsResource": "store.return_reasons",
    "ReturnsResource": "store.returns",
    "ShippingOptionsResource": "store.shipping_options",
    "SwapsResource": "store.swaps",
}
#: other names for some classes
_ALIASES: Dict[str, str] = {
    "CustomersResource": "CustomerResource",
}

__all__ = [
    "AddressesResource",
    "AdminAppsResource",
    "AdminAuthResource",
    "AdminBatchJobsResource",
    "AdminCollectionsResource",
    "AdminCurrenciesResource",
    "AdminCustomResource",
    "AdminCustomerGroupsResource",
    "AdminCustomersResource",
    "AdminDiscountsResource",
    "AdminDraftOrdersResource",
    "AdminGiftCardsResource",
    "AdminInventoryItemsResource",
    "AdminInvitesResource",
    "AdminNotesResource",
    "AdminNotificationsResource",
    "AdminOrderEditsResource",
    "AdminOrdersResource",
    "AdminPaymentCollectionsResource",
    "AdminPaymentsResource",
    "AdminPriceListResource",
    "AdminProductCategoriesResource",
    "AdminProductTagsResource",
    "AdminProductTypesResource",
    "AdminProductsResource",
    "AdminPublishableApiKeyResource",
    "AdminRegionsResource",
    "AdminReservationsResource",
    "AdminReturnReasonsResource",
    "AdminReturnsResource",
    "AdminSalesChannelsResource",
    "AdminShippingOptionsResource",
    "AdminShippingProfilesResource",
    "AdminStockLocationsResource",
    "AdminStoresResource",
    "AdminSwapsResource",
    "AdminTaxRatesResource",
    "AdminUploadsResource",
    "AdminUsersResource",
    "AdminVariantsResource",
    "AuthResource",
    "CartsResource",
    "CollectionsResource",
    "CustomerResource",
    "CustomersResource",
    "GiftCardsResource",
    "LineItemsResource",
    "OrderEditsResource",
    "OrdersResource",
    "PaymentCollectionsResource",
    "PaymentMethodsResource",
    "ProductCategoriesResource",
    "ProductTagsResource",
    "ProductTypesResource",
    "ProductVariantsResource",
    "ProductsResource",
    "RegionsResource",
    "ReturnReasonsResource",
    "ReturnsResource",
    "ShippingOptionsResource",
    "SwapsResource",
]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_attributes(__name__, _MODULES, _ALIASES)

"""Admin resources (``medusa.admin.<name>``).

Classes are imported on first use (PEP 562), so importing this package loads no resource module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Dict

from ..._lazy import lazy_attributes

if TYPE_CHECKING:
    from .apps import AdminAppsResource as AdminAppsResource
    from .auth import AdminAuthResource as AdminAuthResource
    from .batch_jobs import AdminBatchJobsResource as AdminBatchJobsResource
    from .collections import AdminCollectionsResource as AdminCollectionsResource
    from .currencies import AdminCurrenciesResource as AdminCurrenciesResource
    from .custom import AdminCustomResource as AdminCustomResource
    from .customer_groups import AdminCustomerGroupsResource as AdminCustomerGroupsResource
    from .customers import AdminCustomersResource as AdminCustomersResource
    from .discounts import AdminDiscountsResource as AdminDiscountsResource
    from .draft_orders import AdminDraftOrdersResource as AdminDraftOrdersResource
    from .gift_cards import AdminGiftCardsResource as AdminGiftCardsResource
    from .inventory_items import AdminInventoryItemsResource as AdminInventoryItemsResource
    from .invites import AdminInvitesResource as AdminInvitesResource
    from .notes import AdminNotesResource as AdminNotesResource
    from .notifications import AdminNotificationsResource as AdminNotificationsResource
    from .order_edits import AdminOrderEditsResource as AdminOrderEditsResource
    from .orders import AdminOrdersResource as AdminOrdersResource
    from .payment_collections import AdminPaymentCollectionsResource as AdminPaymentCollectionsResource
    from .payments import AdminPaymentsResource as AdminPaymentsResource
    from .price_lists import AdminPriceListResource as AdminPriceListResource
    from .product_categories import AdminProductCategoriesResource as AdminProductCategoriesResource
    from .product_tags import AdminProductTagsResource as AdminProductTagsResource
    from .product_types import AdminProductTypesResource as AdminProductTypesResource
    from .products import AdminProductsResource as AdminProductsResource
    from .publishable_api_keys import AdminPublishableApiKeyResource as AdminPublishableApiKeyResource
    from .regions import AdminRegionsResource as AdminRegionsResource
    from .reservations import AdminReservationsResource as AdminReservationsResource
    from .return_reasons import AdminReturnReasonsResource as AdminReturnReasonsResource
    from .returns import AdminReturnsResource as AdminReturnsResource
    from .sales_channels import AdminSalesChannelsResource as AdminSalesChannelsResource
    from .shipping_options import AdminShippingOptionsResource as AdminShippingOptionsResource
    from .shipping_profiles import AdminShippingProfilesResource as AdminShippingProfilesResource
    from .stock_locations import AdminStockLocationsResource as AdminStockLocationsResource
    from .store import AdminStoresResource as AdminStoresResource
    from .swaps import AdminSwapsResource as AdminSwapsResource
    from .tax_rates import AdminTaxRatesResource as AdminTaxRatesResource
    from .uploads import AdminUploadsResource as AdminUploadsResource
    from .users import AdminUsersResource as AdminUsersResource
    from .variants import AdminVariantsResource as AdminVariantsResource

_MODULES: Dict[str, str] = {
    "AdminAppsResource": "apps",
    "AdminAuthResource": "auth",
    "AdminBatchJobsResource": "batch_jobs",
    "AdminCollectionsResource": "collections",
    "AdminCurrenciesResource": "currencies",
    "AdminCustomResource": "custom",
    "AdminCustomerGroupsResource": "customer_groups",
    "AdminCustomersResource": "customers",
    "AdminDiscountsResource": "discounts",
    "AdminDraftOrdersResource": "draft_orders",
    "AdminGiftCardsResource": "gift_cards",
    "AdminInventoryItemsResource": "inventory_items",
    "AdminInvitesResource": "invites",
    "AdminNotesResource": "notes",
    "AdminNotificationsResource": "notifications",
    "AdminOrderEditsResource": "order_edits",
    "AdminOrdersResource": "orders",
    "AdminPaymentCollectionsResource": "payment_collections",
    "AdminPaymentsResource": "payments",
    "AdminPriceListResource": "price_lists",
    "AdminProductCategoriesResource": "product_categories",
    "AdminProductTagsResource": "product_tags",
    "AdminProductTypesResource": "product_types",
    "AdminProductsResource": "products",
    "AdminPublishableApiKeyResource": "publishable_api_keys",
    "AdminRegionsResource": "regions",
    "AdminReservationsResource": "reservations",
    "AdminReturnReasonsResource": "return_reasons",
    "AdminReturnsResource": "returns",
    "AdminSalesChannelsResource": "sales_channels",
    "AdminShippingOptionsResource": "shipping_options",
    "AdminShippingProfilesResource": "shipping_profiles",
    "AdminStockLocationsResource": "stock_locations",
    "AdminStoresResource": "store",
    "AdminSwapsResource": "swaps",
    "AdminTaxRatesResource": "tax_rates",
    "AdminUploadsResource": "uploads",
    "AdminUsersResource": "users",
    "AdminVariantsResource": "variants",
}

__all__ = [
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
]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_attributes(__name__, _MODULES)

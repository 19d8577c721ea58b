"""Admin resources (``medusa.admin.<name>``)."""

from .apps import AdminAppsResource
from .auth import AdminAuthResource
from .batch_jobs import AdminBatchJobsResource
from .collections import AdminCollectionsResource
from .currencies import AdminCurrenciesResource
from .custom import AdminCustomResource
from .customer_groups import AdminCustomerGroupsResource
from .customers import AdminCustomersResource
from .discounts import AdminDiscountsResource
from .draft_orders import AdminDraftOrdersResource
from .gift_cards import AdminGiftCardsResource
from .inventory_items import AdminInventoryItemsResource
from .invites import AdminInvitesResource
from .notes import AdminNotesResource
from .notifications import AdminNotificationsResource
from .order_edits import AdminOrderEditsResource
from .orders import AdminOrdersResource
from .payment_collections import AdminPaymentCollectionsResource
from .payments import AdminPaymentsResource
from .price_lists import AdminPriceListResource
from .product_categories import AdminProductCategoriesResource
from .product_tags import AdminProductTagsResource
from .product_types import AdminProductTypesResource
from .products import AdminProductsResource
from .publishable_api_keys import AdminPublishableApiKeyResource
from .regions import AdminRegionsResource
from .reservations import AdminReservationsResource
from .return_reasons import AdminReturnReasonsResource
from .returns import AdminReturnsResource
from .sales_channels import AdminSalesChannelsResource
from .shipping_options import AdminShippingOptionsResource
from .shipping_profiles import AdminShippingProfilesResource
from .stock_locations import AdminStockLocationsResource
from .store import AdminStoresResource
from .swaps import AdminSwapsResource
from .tax_rates import AdminTaxRatesResource
from .uploads import AdminUploadsResource
from .users import AdminUsersResource
from .variants import AdminVariantsResource

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

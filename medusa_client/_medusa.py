"""``Medusa``: the entry point, holding the client and the resource tree of medusa-js."""

from __future__ import annotations

from typing import Mapping, Optional

from ._client import DEFAULT_MAX_RETRIES, DEFAULT_MAX_RETRY_AFTER, DEFAULT_POOL_SIZE, Client
from ._types import TimeoutArg
from .resources.admin import (
    AdminAppsResource,
    AdminAuthResource,
    AdminBatchJobsResource,
    AdminCollectionsResource,
    AdminCurrenciesResource,
    AdminCustomerGroupsResource,
    AdminCustomersResource,
    AdminCustomResource,
    AdminDiscountsResource,
    AdminDraftOrdersResource,
    AdminGiftCardsResource,
    AdminInventoryItemsResource,
    AdminInvitesResource,
    AdminNotesResource,
    AdminNotificationsResource,
    AdminOrderEditsResource,
    AdminOrdersResource,
    AdminPaymentCollectionsResource,
    AdminPaymentsResource,
    AdminPriceListResource,
    AdminProductCategoriesResource,
    AdminProductsResource,
    AdminProductTagsResource,
    AdminProductTypesResource,
    AdminPublishableApiKeyResource,
    AdminRegionsResource,
    AdminReservationsResource,
    AdminReturnReasonsResource,
    AdminReturnsResource,
    AdminSalesChannelsResource,
    AdminShippingOptionsResource,
    AdminShippingProfilesResource,
    AdminStockLocationsResource,
    AdminStoresResource,
    AdminSwapsResource,
    AdminTaxRatesResource,
    AdminUploadsResource,
    AdminUsersResource,
    AdminVariantsResource,
)
from .resources.store import (
    AuthResource,
    CartsResource,
    CollectionsResource,
    CustomerResource,
    GiftCardsResource,
    OrderEditsResource,
    OrdersResource,
    PaymentCollectionsResource,
    PaymentMethodsResource,
    ProductCategoriesResource,
    ProductsResource,
    ProductTagsResource,
    ProductTypesResource,
    RegionsResource,
    ReturnReasonsResource,
    ReturnsResource,
    ShippingOptionsResource,
    SwapsResource,
)

__all__ = ["Admin", "Medusa"]


class Admin:
    """The admin resources (``medusa.admin``)."""

    def __init__(self, client: Client) -> None:
        self.apps = AdminAppsResource(client)
        self.auth = AdminAuthResource(client)
        self.batch_jobs = AdminBatchJobsResource(client)
        self.collections = AdminCollectionsResource(client)
        self.currencies = AdminCurrenciesResource(client)
        self.custom = AdminCustomResource(client)
        self.customer_groups = AdminCustomerGroupsResource(client)
        self.customers = AdminCustomersResource(client)
        self.discounts = AdminDiscountsResource(client)
        self.draft_orders = AdminDraftOrdersResource(client)
        self.gift_cards = AdminGiftCardsResource(client)
        self.inventory_items = AdminInventoryItemsResource(client)
        self.invites = AdminInvitesResource(client)
        self.notes = AdminNotesResource(client)
        self.notifications = AdminNotificationsResource(client)
        self.order_edits = AdminOrderEditsResource(client)
        self.orders = AdminOrdersResource(client)
        self.payment_collections = AdminPaymentCollectionsResource(client)
        self.payments = AdminPaymentsResource(client)
        self.price_lists = AdminPriceListResource(client)
        self.product_categories = AdminProductCategoriesResource(client)
        self.product_tags = AdminProductTagsResource(client)
        self.product_types = AdminProductTypesResource(client)
        self.products = AdminProductsResource(client)
        self.publishable_api_keys = AdminPublishableApiKeyResource(client)
        self.regions = AdminRegionsResource(client)
        self.reservations = AdminReservationsResource(client)
        self.return_reasons = AdminReturnReasonsResource(client)
        self.returns = AdminReturnsResource(client)
        self.sales_channels = AdminSalesChannelsResource(client)
        self.shipping_options = AdminShippingOptionsResource(client)
        self.shipping_profiles = AdminShippingProfilesResource(client)
        self.stock_locations = AdminStockLocationsResource(client)
        self.store = AdminStoresResource(client)
        self.swaps = AdminSwapsResource(client)
        self.tax_rates = AdminTaxRatesResource(client)
        self.uploads = AdminUploadsResource(client)
        self.users = AdminUsersResource(client)
        self.variants = AdminVariantsResource(client)

    def __repr__(self) -> str:
        return "<Admin>"


class Medusa:
    """A Medusa v1 API client: ``medusa.<store resource>`` and ``medusa.admin.<resource>``.

    Arguments not given fall back to ``MEDUSA_BACKEND_URL``, ``MEDUSA_API_KEY`` and
    ``MEDUSA_PUBLISHABLE_API_KEY``; ``base_url`` defaults to ``http://localhost:9000``.
    ``timeout`` is seconds or ``(connect, read)`` per attempt (default ``(5, 60)``);
    ``max_retries`` bounds the extra attempts of one call (see docs/reliability.md).
    """

    def __init__(
        self,
        base_url: Optional[str] = None,
        api_key: Optional[str] = None,
        publishable_api_key: Optional[str] = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        timeout: Optional[TimeoutArg] = None,
        custom_headers: Optional[Mapping[str, str]] = None,
        *,
        max_retry_after: float = DEFAULT_MAX_RETRY_AFTER,
        pool_size: int = DEFAULT_POOL_SIZE,
    ) -> None:
        self.client = Client(
            base_url,
            api_key=api_key,
            publishable_api_key=publishable_api_key,
            max_retries=max_retries,
            timeout=timeout,
            custom_headers=custom_headers,
            max_retry_after=max_retry_after,
            pool_size=pool_size,
        )
        self.admin = Admin(self.client)
        client = self.client
        self.auth = AuthResource(client)
        self.carts = CartsResource(client)
        self.customers = CustomerResource(client)
        self.gift_cards = GiftCardsResource(client)
        self.orders = OrdersResource(client)
        self.order_edits = OrderEditsResource(client)
        self.payment_methods = PaymentMethodsResource(client)
        self.products = ProductsResource(client)
        self.product_types = ProductTypesResource(client)
        self.regions = RegionsResource(client)
        self.return_reasons = ReturnReasonsResource(client)
        self.returns = ReturnsResource(client)
        self.shipping_options = ShippingOptionsResource(client)
        self.swaps = SwapsResource(client)
        self.collections = CollectionsResource(client)
        self.product_tags = ProductTagsResource(client)
        self.payment_collections = PaymentCollectionsResource(client)
        self.product_categories = ProductCategoriesResource(client)

    def close(self) -> None:
        """Close the client's connections."""
        self.client.close()

    def __enter__(self) -> Medusa:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Medusa {self.client!r}>"

"""``Medusa``: the entry point, holding the client and the resource tree of medusa-js.

Resources are created on first access (and then kept): importing the package or building a
``Medusa`` loads no resource module, so scripts and cron jobs pay only for what they use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Dict, Generic, Mapping, Optional, TypeVar, Union, overload

from ._client import DEFAULT_MAX_RETRIES, DEFAULT_MAX_RETRY_AFTER, DEFAULT_POOL_SIZE, Client
from ._resource import Resource
from ._types import TimeoutArg

if TYPE_CHECKING:  # pragma: no cover
    from .resources.admin.apps import AdminAppsResource
    from .resources.admin.auth import AdminAuthResource
    from .resources.admin.batch_jobs import AdminBatchJobsResource
    from .resources.admin.collections import AdminCollectionsResource
    from .resources.admin.currencies import AdminCurrenciesResource
    from .resources.admin.custom import AdminCustomResource
    from .resources.admin.customer_groups import AdminCustomerGroupsResource
    from .resources.admin.customers import AdminCustomersResource
    from .resources.admin.discounts import AdminDiscountsResource
    from .resources.admin.draft_orders import AdminDraftOrdersResource
    from .resources.admin.gift_cards import AdminGiftCardsResource
    from .resources.admin.inventory_items import AdminInventoryItemsResource
    from .resources.admin.invites import AdminInvitesResource
    from .resources.admin.notes import AdminNotesResource
    from .resources.admin.notifications import AdminNotificationsResource
    from .resources.admin.order_edits import AdminOrderEditsResource
    from .resources.admin.orders import AdminOrdersResource
    from .resources.admin.payment_collections import AdminPaymentCollectionsResource
    from .resources.admin.payments import AdminPaymentsResource
    from .resources.admin.price_lists import AdminPriceListResource
    from .resources.admin.product_categories import AdminProductCategoriesResource
    from .resources.admin.product_tags import AdminProductTagsResource
    from .resources.admin.product_types import AdminProductTypesResource
    from .resources.admin.products import AdminProductsResource
    from .resources.admin.publishable_api_keys import AdminPublishableApiKeyResource
    from .resources.admin.regions import AdminRegionsResource
    from .resources.admin.reservations import AdminReservationsResource
    from .resources.admin.return_reasons import AdminReturnReasonsResource
    from .resources.admin.returns import AdminReturnsResource
    from .resources.admin.sales_channels import AdminSalesChannelsResource
    from .resources.admin.shipping_options import AdminShippingOptionsResource
    from .resources.admin.shipping_profiles import AdminShippingProfilesResource
    from .resources.admin.stock_locations import AdminStockLocationsResource
    from .resources.admin.store import AdminStoresResource
    from .resources.admin.swaps import AdminSwapsResource
    from .resources.admin.tax_rates import AdminTaxRatesResource
    from .resources.admin.uploads import AdminUploadsResource
    from .resources.admin.users import AdminUsersResource
    from .resources.admin.variants import AdminVariantsResource
    from .resources.store.auth import AuthResource
    from .resources.store.carts import CartsResource
    from .resources.store.collections import CollectionsResource
    from .resources.store.customers import CustomerResource
    from .resources.store.gift_cards import GiftCardsResource
    from .resources.store.order_edits import OrderEditsResource
    from .resources.store.orders import OrdersResource
    from .resources.store.payment_collections import PaymentCollectionsResource
    from .resources.store.payment_methods import PaymentMethodsResource
    from .resources.store.product_categories import ProductCategoriesResource
    from .resources.store.product_tags import ProductTagsResource
    from .resources.store.product_types import ProductTypesResource
    from .resources.store.products import ProductsResource
    from .resources.store.regions import RegionsResource
    from .resources.store.return_reasons import ReturnReasonsResource
    from .resources.store.returns import ReturnsResource
    from .resources.store.shipping_options import ShippingOptionsResource
    from .resources.store.swaps import SwapsResource

__all__ = ["Admin", "Medusa", "children"]

T = TypeVar("T")


class _Lazy(Generic[T]):
    """A resource attribute created on first access from its owner's client, then cached."""

    def __init__(self, module: str, name: str) -> None:
        self.module = module
        self.name = name
        self.attribute = ""

    def __set_name__(self, owner: type, attribute: str) -> None:
        self.attribute = attribute

    @overload
    def __get__(self, obj: None, owner: type) -> _Lazy[T]: ...

    @overload
    def __get__(self, obj: object, owner: type) -> T: ...

    def __get__(self, obj: Optional[object], owner: type) -> Union[T, _Lazy[T]]:
        if obj is None:
            return self
        cls = getattr(importlib.import_module(self.module, __package__), self.name)
        value: T = cls(obj._client)  # type: ignore[attr-defined]
        obj.__dict__[self.attribute] = value  # later reads skip the descriptor
        return value


def children(obj: object) -> Dict[str, Any]:
    """The resources (and ``admin``) reachable as attributes of ``obj``, created if needed."""
    names = [n for klass in type(obj).__mro__ for n, v in vars(klass).items() if isinstance(v, _Lazy)]
    names += [n for n, v in vars(obj).items() if isinstance(v, (Resource, Admin)) and n not in names]
    return {name: getattr(obj, name) for name in sorted(set(names))}


class Admin:
    """The admin resources (``medusa.admin``)."""

    def __init__(self, client: Client) -> None:
        self._client = client

    apps: _Lazy[AdminAppsResource] = _Lazy(".resources.admin.apps", "AdminAppsResource")
    auth: _Lazy[AdminAuthResource] = _Lazy(".resources.admin.auth", "AdminAuthResource")
    batch_jobs: _Lazy[AdminBatchJobsResource] = _Lazy(".resources.admin.batch_jobs", "AdminBatchJobsResource")
    collections: _Lazy[AdminCollectionsResource] = _Lazy(
        ".resources.admin.collections", "AdminCollectionsResource"
    )
    currencies: _Lazy[AdminCurrenciesResource] = _Lazy(
        ".resources.admin.currencies", "AdminCurrenciesResource"
    )
    custom: _Lazy[AdminCustomResource] = _Lazy(".resources.admin.custom", "AdminCustomResource")
    customer_groups: _Lazy[AdminCustomerGroupsResource] = _Lazy(
        ".resources.admin.customer_groups", "AdminCustomerGroupsResource"
    )
    customers: _Lazy[AdminCustomersResource] = _Lazy(".resources.admin.customers", "AdminCustomersResource")
    discounts: _Lazy[AdminDiscountsResource] = _Lazy(".resources.admin.discounts", "AdminDiscountsResource")
    draft_orders: _Lazy[AdminDraftOrdersResource] = _Lazy(
        ".resources.admin.draft_orders", "AdminDraftOrdersResource"
    )
    gift_cards: _Lazy[AdminGiftCardsResource] = _Lazy(".resources.admin.gift_cards", "AdminGiftCardsResource")
    inventory_items: _Lazy[AdminInventoryItemsResource] = _Lazy(
        ".resources.admin.inventory_items", "AdminInventoryItemsResource"
    )
    invites: _Lazy[AdminInvitesResource] = _Lazy(".resources.admin.invites", "AdminInvitesResource")
    notes: _Lazy[AdminNotesResource] = _Lazy(".resources.admin.notes", "AdminNotesResource")
    notifications: _Lazy[AdminNotificationsResource] = _Lazy(
        ".resources.admin.notifications", "AdminNotificationsResource"
    )
    order_edits: _Lazy[AdminOrderEditsResource] = _Lazy(
        ".resources.admin.order_edits", "AdminOrderEditsResource"
    )
    orders: _Lazy[AdminOrdersResource] = _Lazy(".resources.admin.orders", "AdminOrdersResource")
    payment_collections: _Lazy[AdminPaymentCollectionsResource] = _Lazy(
        ".resources.admin.payment_collections", "AdminPaymentCollectionsResource"
    )
    payments: _Lazy[AdminPaymentsResource] = _Lazy(".resources.admin.payments", "AdminPaymentsResource")
    price_lists: _Lazy[AdminPriceListResource] = _Lazy(
        ".resources.admin.price_lists", "AdminPriceListResource"
    )
    product_categories: _Lazy[AdminProductCategoriesResource] = _Lazy(
        ".resources.admin.product_categories", "AdminProductCategoriesResource"
    )
    product_tags: _Lazy[AdminProductTagsResource] = _Lazy(
        ".resources.admin.product_tags", "AdminProductTagsResource"
    )
    product_types: _Lazy[AdminProductTypesResource] = _Lazy(
        ".resources.admin.product_types", "AdminProductTypesResource"
    )
    products: _Lazy[AdminProductsResource] = _Lazy(".resources.admin.products", "AdminProductsResource")
    publishable_api_keys: _Lazy[AdminPublishableApiKeyResource] = _Lazy(
        ".resources.admin.publishable_api_keys", "AdminPublishableApiKeyResource"
    )
    regions: _Lazy[AdminRegionsResource] = _Lazy(".resources.admin.regions", "AdminRegionsResource")
    reservations: _Lazy[AdminReservationsResource] = _Lazy(
        ".resources.admin.reservations", "AdminReservationsResource"
    )
    return_reasons: _Lazy[AdminReturnReasonsResource] = _Lazy(
        ".resources.admin.return_reasons", "AdminReturnReasonsResource"
    )
    returns: _Lazy[AdminReturnsResource] = _Lazy(".resources.admin.returns", "AdminReturnsResource")
    sales_channels: _Lazy[AdminSalesChannelsResource] = _Lazy(
        ".resources.admin.sales_channels", "AdminSalesChannelsResource"
    )
    shipping_options: _Lazy[AdminShippingOptionsResource] = _Lazy(
        ".resources.admin.shipping_options", "AdminShippingOptionsResource"
    )
    shipping_profiles: _Lazy[AdminShippingProfilesResource] = _Lazy(
        ".resources.admin.shipping_profiles", "AdminShippingProfilesResource"
    )
    stock_locations: _Lazy[AdminStockLocationsResource] = _Lazy(
        ".resources.admin.stock_locations", "AdminStockLocationsResource"
    )
    store: _Lazy[AdminStoresResource] = _Lazy(".resources.admin.store", "AdminStoresResource")
    swaps: _Lazy[AdminSwapsResource] = _Lazy(".resources.admin.swaps", "AdminSwapsResource")
    tax_rates: _Lazy[AdminTaxRatesResource] = _Lazy(".resources.admin.tax_rates", "AdminTaxRatesResource")
    uploads: _Lazy[AdminUploadsResource] = _Lazy(".resources.admin.uploads", "AdminUploadsResource")
    users: _Lazy[AdminUsersResource] = _Lazy(".resources.admin.users", "AdminUsersResource")
    variants: _Lazy[AdminVariantsResource] = _Lazy(".resources.admin.variants", "AdminVariantsResource")

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
        self._client = self.client
        self.admin = Admin(self.client)

    auth: _Lazy[AuthResource] = _Lazy(".resources.store.auth", "AuthResource")
    carts: _Lazy[CartsResource] = _Lazy(".resources.store.carts", "CartsResource")
    customers: _Lazy[CustomerResource] = _Lazy(".resources.store.customers", "CustomerResource")
    gift_cards: _Lazy[GiftCardsResource] = _Lazy(".resources.store.gift_cards", "GiftCardsResource")
    orders: _Lazy[OrdersResource] = _Lazy(".resources.store.orders", "OrdersResource")
    order_edits: _Lazy[OrderEditsResource] = _Lazy(".resources.store.order_edits", "OrderEditsResource")
    payment_methods: _Lazy[PaymentMethodsResource] = _Lazy(
        ".resources.store.payment_methods", "PaymentMethodsResource"
    )
    products: _Lazy[ProductsResource] = _Lazy(".resources.store.products", "ProductsResource")
    product_types: _Lazy[ProductTypesResource] = _Lazy(
        ".resources.store.product_types", "ProductTypesResource"
    )
    regions: _Lazy[RegionsResource] = _Lazy(".resources.store.regions", "RegionsResource")
    return_reasons: _Lazy[ReturnReasonsResource] = _Lazy(
        ".resources.store.return_reasons", "ReturnReasonsResource"
    )
    returns: _Lazy[ReturnsResource] = _Lazy(".resources.store.returns", "ReturnsResource")
    shipping_options: _Lazy[ShippingOptionsResource] = _Lazy(
        ".resources.store.shipping_options", "ShippingOptionsResource"
    )
    swaps: _Lazy[SwapsResource] = _Lazy(".resources.store.swaps", "SwapsResource")
    collections: _Lazy[CollectionsResource] = _Lazy(".resources.store.collections", "CollectionsResource")
    product_tags: _Lazy[ProductTagsResource] = _Lazy(".resources.store.product_tags", "ProductTagsResource")
    payment_collections: _Lazy[PaymentCollectionsResource] = _Lazy(
        ".resources.store.payment_collections", "PaymentCollectionsResource"
    )
    product_categories: _Lazy[ProductCategoriesResource] = _Lazy(
        ".resources.store.product_categories", "ProductCategoriesResource"
    )

    def close(self) -> None:
        """Close the client's connections."""
        self.client.close()

    def __enter__(self) -> Medusa:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Medusa {self.client!r}>"

"""Store resources (``medusa.<name>``).

``CustomersResource`` is another name for medusa-js's ``CustomerResource``.

Classes are imported on first use (PEP 562), so importing this package loads no resource module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Dict

from ..._lazy import lazy_attributes

if TYPE_CHECKING:
    from .addresses import AddressesResource as AddressesResource
    from .auth import AuthResource as AuthResource
    from .carts import CartsResource as CartsResource
    from .collections import CollectionsResource as CollectionsResource
    from .customers import CustomerResource as CustomerResource
    from .customers import CustomerResource as CustomersResource
    from .gift_cards import GiftCardsResource as GiftCardsResource
    from .line_items import LineItemsResource as LineItemsResource
    from .order_edits import OrderEditsResource as OrderEditsResource
    from .orders import OrdersResource as OrdersResource
    from .payment_collections import PaymentCollectionsResource as PaymentCollectionsResource
    from .payment_methods import PaymentMethodsResource as PaymentMethodsResource
    from .product_categories import ProductCategoriesResource as ProductCategoriesResource
    from .product_tags import ProductTagsResource as ProductTagsResource
    from .product_types import ProductTypesResource as ProductTypesResource
    from .products import ProductsResource as ProductsResource
    from .regions import RegionsResource as RegionsResource
    from .return_reasons import ReturnReasonsResource as ReturnReasonsResource
    from .returns import ReturnsResource as ReturnsResource
    from .shipping_options import ShippingOptionsResource as ShippingOptionsResource
    from .swaps import SwapsResource as SwapsResource
    from .variants import ProductVariantsResource as ProductVariantsResource

_MODULES: Dict[str, str] = {
    "AddressesResource": "addresses",
    "AuthResource": "auth",
    "CartsResource": "carts",
    "CollectionsResource": "collections",
    "CustomerResource": "customers",
    "GiftCardsResource": "gift_cards",
    "LineItemsResource": "line_items",
    "OrderEditsResource": "order_edits",
    "OrdersResource": "orders",
    "PaymentCollectionsResource": "payment_collections",
    "PaymentMethodsResource": "payment_methods",
    "ProductCategoriesResource": "product_categories",
    "ProductTagsResource": "product_tags",
    "ProductTypesResource": "product_types",
    "ProductVariantsResource": "variants",
    "ProductsResource": "products",
    "RegionsResource": "regions",
    "ReturnReasonsResource": "return_reasons",
    "ReturnsResource": "returns",
    "ShippingOptionsResource": "shipping_options",
    "SwapsResource": "swaps",
}
#: other names for some classes
_ALIASES: Dict[str, str] = {
    "CustomersResource": "CustomerResource",
}

__all__ = [
    "AddressesResource",
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

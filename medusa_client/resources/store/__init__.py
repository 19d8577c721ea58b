"""Store resources (``medusa.<name>``)."""

from .addresses import AddressesResource
from .auth import AuthResource
from .carts import CartsResource
from .collections import CollectionsResource
from .customers import CustomerResource
from .gift_cards import GiftCardsResource
from .line_items import LineItemsResource
from .order_edits import OrderEditsResource
from .orders import OrdersResource
from .payment_collections import PaymentCollectionsResource
from .payment_methods import PaymentMethodsResource
from .product_categories import ProductCategoriesResource
from .product_tags import ProductTagsResource
from .product_types import ProductTypesResource
from .products import ProductsResource
from .regions import RegionsResource
from .return_reasons import ReturnReasonsResource
from .returns import ReturnsResource
from .shipping_options import ShippingOptionsResource
from .swaps import SwapsResource
from .variants import ProductVariantsResource

#: medusa-js exports the customers resource as ``CustomerResource``; this plural alias matches
#: the names of the other resources.
CustomersResource = CustomerResource

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

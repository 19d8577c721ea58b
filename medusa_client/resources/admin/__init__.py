"""Admin resources (``medusa.admin.*``)."""

from .auth import AdminAuthResource
from .customer_groups import AdminCustomerGroupsResource

__all__ = ["AdminAuthResource", "AdminCustomerGroupsResource"]

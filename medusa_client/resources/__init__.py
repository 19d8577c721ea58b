"""Every resource class, under medusa-js's exported names."""

from .admin import AdminAuthResource, AdminCustomerGroupsResource
from .store import AuthResource

__all__ = ["AdminAuthResource", "AdminCustomerGroupsResource", "AuthResource"]

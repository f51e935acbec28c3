"""Contains all the data models used in inputs/outputs"""

from .basket_page_envelope import BasketPageEnvelope
from .billing_address import BillingAddress
from .billing_address_invoice_type import BillingAddressInvoiceType
from .billing_address_type import BillingAddressType
from .card_details import CardDetails
from .create_customer_accept_language import CreateCustomerAcceptLanguage
from .create_customer_api_version import CreateCustomerApiVersion
from .customer import Customer
from .customer_account_type import CustomerAccountType
from .customer_envelope import CustomerEnvelope
from .customer_update import CustomerUpdate
from .customer_with_wallets import CustomerWithWallets
from .customer_with_wallets_envelope import CustomerWithWalletsEnvelope
from .delivery import Delivery
from .ecom_order import EcomOrder
from .ecom_order_item import EcomOrderItem
from .ecom_order_order_creation_status import EcomOrderOrderCreationStatus
from .ecom_order_page import EcomOrderPage
from .envelope import Envelope
from .error_details import ErrorDetails
from .error_details_errors import ErrorDetailsErrors
from .error_envelope import ErrorEnvelope
from .gender import Gender
from .get_customer_accept_language import GetCustomerAcceptLanguage
from .get_customer_api_version import GetCustomerApiVersion
from .get_order_accept_language import GetOrderAcceptLanguage
from .get_order_api_version import GetOrderApiVersion
from .item_price_component import ItemPriceComponent
from .list_incomplete_baskets_accept_language import ListIncompleteBasketsAcceptLanguage
from .list_incomplete_baskets_api_version import ListIncompleteBasketsApiVersion
from .new_business_customer import NewBusinessCustomer
from .new_business_customer_account_type import NewBusinessCustomerAccountType
from .new_individual_customer import NewIndividualCustomer
from .new_individual_customer_account_type import NewIndividualCustomerAccountType
from .order_customer import OrderCustomer
from .order_envelope import OrderEnvelope
from .order_lookup import OrderLookup
from .order_payment import OrderPayment
from .order_payment_auth_mode import OrderPaymentAuthMode
from .order_payment_state import OrderPaymentState
from .order_status_name import OrderStatusName
from .page_link import PageLink
from .pricefix import Pricefix
from .shipping_address import ShippingAddress
from .update_customer_accept_language import UpdateCustomerAcceptLanguage
from .update_customer_api_version import UpdateCustomerApiVersion
from .wallet import Wallet
from .wallet_currency_code import WalletCurrencyCode

__all__ = (
    "BasketPageEnvelope",
    "BillingAddress",
    "BillingAddressInvoiceType",
    "BillingAddressType",
    "CardDetails",
    "CreateCustomerAcceptLanguage",
    "CreateCustomerApiVersion",
    "Customer",
    "CustomerAccountType",
    "CustomerEnvelope",
    "CustomerUpdate",
    "CustomerWithWallets",
    "CustomerWithWalletsEnvelope",
    "Delivery",
    "EcomOrder",
    "EcomOrderItem",
    "EcomOrderOrderCreationStatus",
    "EcomOrderPage",
    "Envelope",
    "ErrorDetails",
    "ErrorDetailsErrors",
    "ErrorEnvelope",
    "Gender",
    "GetCustomerAcceptLanguage",
    "GetCustomerApiVersion",
    "GetOrderAcceptLanguage",
    "GetOrderApiVersion",
    "ItemPriceComponent",
    "ListIncompleteBasketsAcceptLanguage",
    "ListIncompleteBasketsApiVersion",
    "NewBusinessCustomer",
    "NewBusinessCustomerAccountType",
    "NewIndividualCustomer",
    "NewIndividualCustomerAccountType",
    "OrderCustomer",
    "OrderEnvelope",
    "OrderLookup",
    "OrderPayment",
    "OrderPaymentAuthMode",
    "OrderPaymentState",
    "OrderStatusName",
    "PageLink",
    "Pricefix",
    "ShippingAddress",
    "UpdateCustomerAcceptLanguage",
    "UpdateCustomerApiVersion",
    "Wallet",
    "WalletCurrencyCode",
)

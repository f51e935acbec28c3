"""Contains all the data models used in inputs/outputs"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .active_basket import ActiveBasket
    from .active_basket_completion import ActiveBasketCompletion
    from .active_basket_completion_payment_type import ActiveBasketCompletionPaymentType
    from .active_basket_envelope import ActiveBasketEnvelope
    from .add_stored_card_accept_language import AddStoredCardAcceptLanguage
    from .add_stored_card_api_version import AddStoredCardApiVersion
    from .add_to_basket_accept_language import AddToBasketAcceptLanguage
    from .add_to_basket_api_version import AddToBasketApiVersion
    from .address_deletion import AddressDeletion
    from .address_envelope import AddressEnvelope
    from .address_list_envelope import AddressListEnvelope
    from .address_type import AddressType
    from .balance_stats import BalanceStats
    from .balance_stats_envelope import BalanceStatsEnvelope
    from .balance_stats_request import BalanceStatsRequest
    from .base_product_currency import BaseProductCurrency
    from .base_product_currency_code import BaseProductCurrencyCode
    from .basket_completion import BasketCompletion
    from .basket_completion_payment_type import BasketCompletionPaymentType
    from .basket_item_addition import BasketItemAddition
    from .basket_item_removal import BasketItemRemoval
    from .basket_item_update import BasketItemUpdate
    from .basket_page_envelope import BasketPageEnvelope
    from .basket_reference import BasketReference
    from .billing_address import BillingAddress
    from .billing_address_input import BillingAddressInput
    from .billing_address_invoice_type import BillingAddressInvoiceType
    from .billing_address_type import BillingAddressType
    from .bulk_upsert_wallet_kyc_accept_language import BulkUpsertWalletKycAcceptLanguage
    from .bulk_upsert_wallet_kyc_api_version import BulkUpsertWalletKycApiVersion
    from .buy_item import BuyItem
    from .buy_metal_accept_language import BuyMetalAcceptLanguage
    from .buy_metal_api_version import BuyMetalApiVersion
    from .buy_order_request import BuyOrderRequest
    from .buy_order_request_topup import BuyOrderRequestTopup
    from .calculate_delivery_accept_language import CalculateDeliveryAcceptLanguage
    from .calculate_delivery_api_version import CalculateDeliveryApiVersion
    from .calculate_price_accept_language import CalculatePriceAcceptLanguage
    from .calculate_price_api_version import CalculatePriceApiVersion
    from .calculate_price_request import CalculatePriceRequest
    from .card_bin_info import CardBinInfo
    from .card_bin_info_envelope import CardBinInfoEnvelope
    from .card_bin_query import CardBinQuery
    from .card_details import CardDetails
    from .card_number_payment import CardNumberPayment
    from .card_payment_type import CardPaymentType
    from .card_type import CardType
    from .cash_balance_change import CashBalanceChange
    from .cash_balance_envelope import CashBalanceEnvelope
    from .category import Category
    from .category_list_envelope import CategoryListEnvelope
    from .clear_basket_accept_language import ClearBasketAcceptLanguage
    from .clear_basket_api_version import ClearBasketApiVersion
    from .complete_active_basket_accept_language import CompleteActiveBasketAcceptLanguage
    from .complete_active_basket_api_version import CompleteActiveBasketApiVersion
    from .complete_basket_accept_language import CompleteBasketAcceptLanguage
    from .complete_basket_api_version import CompleteBasketApiVersion
    from .create_address_accept_language import CreateAddressAcceptLanguage
    from .create_address_api_version import CreateAddressApiVersion
    from .create_addresses_accept_language import CreateAddressesAcceptLanguage
    from .create_addresses_api_version import CreateAddressesApiVersion
    from .create_customer_accept_language import CreateCustomerAcceptLanguage
    from .create_customer_api_version import CreateCustomerApiVersion
    from .create_customer_token_accept_language import CreateCustomerTokenAcceptLanguage
    from .create_customer_token_api_version import CreateCustomerTokenApiVersion
    from .create_delivery_accept_language import CreateDeliveryAcceptLanguage
    from .create_delivery_api_version import CreateDeliveryApiVersion
    from .credit_card import CreditCard
    from .currency_rate import CurrencyRate
    from .currency_rate_list_envelope import CurrencyRateListEnvelope
    from .custom_addresses import CustomAddresses
    from .customer import Customer
    from .customer_account_type import CustomerAccountType
    from .customer_address import CustomerAddress
    from .customer_balance_envelope import CustomerBalanceEnvelope
    from .customer_envelope import CustomerEnvelope
    from .customer_token import CustomerToken
    from .customer_token_envelope import CustomerTokenEnvelope
    from .customer_token_request import CustomerTokenRequest
    from .customer_token_token_type import CustomerTokenTokenType
    from .customer_update import CustomerUpdate
    from .customer_with_wallets import CustomerWithWallets
    from .customer_with_wallets_envelope import CustomerWithWalletsEnvelope
    from .day_balance import DayBalance
    from .delete_address_accept_language import DeleteAddressAcceptLanguage
    from .delete_address_api_version import DeleteAddressApiVersion
    from .delete_item_accept_language import DeleteItemAcceptLanguage
    from .delete_item_api_version import DeleteItemApiVersion
    from .delete_stored_card_accept_language import DeleteStoredCardAcceptLanguage
    from .delete_stored_card_api_version import DeleteStoredCardApiVersion
    from .deliverable_bar import DeliverableBar
    from .delivery import Delivery
    from .delivery_addresses import DeliveryAddresses
    from .delivery_billing_address import DeliveryBillingAddress
    from .delivery_calculation import DeliveryCalculation
    from .delivery_customer import DeliveryCustomer
    from .delivery_order import DeliveryOrder
    from .delivery_order_envelope import DeliveryOrderEnvelope
    from .delivery_order_item import DeliveryOrderItem
    from .delivery_order_request import DeliveryOrderRequest
    from .delivery_order_tx_type import DeliveryOrderTxType
    from .delivery_quote import DeliveryQuote
    from .delivery_quote_envelope import DeliveryQuoteEnvelope
    from .delivery_quote_line import DeliveryQuoteLine
    from .delivery_shipping_address import DeliveryShippingAddress
    from .delivery_wallet import DeliveryWallet
    from .delivery_wallet_list_envelope import DeliveryWalletListEnvelope
    from .delivery_wallet_lookup import DeliveryWalletLookup
    from .delivery_wallet_need import DeliveryWalletNeed
    from .ecom_order import EcomOrder
    from .ecom_order_item import EcomOrderItem
    from .ecom_order_order_creation_status import EcomOrderOrderCreationStatus
    from .ecom_order_page import EcomOrderPage
    from .envelope import Envelope
    from .error_details import ErrorDetails
    from .error_details_errors import ErrorDetailsErrors
    from .error_envelope import ErrorEnvelope
    from .existing_address_selection import ExistingAddressSelection
    from .find_wallet_order_accept_language import FindWalletOrderAcceptLanguage
    from .find_wallet_order_api_version import FindWalletOrderApiVersion
    from .fix_price_accept_language import FixPriceAcceptLanguage
    from .fix_price_api_version import FixPriceApiVersion
    from .fixed_price import FixedPrice
    from .gender import Gender
    from .get_active_basket_accept_language import GetActiveBasketAcceptLanguage
    from .get_active_basket_api_version import GetActiveBasketApiVersion
    from .get_balance_stats_accept_language import GetBalanceStatsAcceptLanguage
    from .get_balance_stats_api_version import GetBalanceStatsApiVersion
    from .get_basket_accept_language import GetBasketAcceptLanguage
    from .get_basket_api_version import GetBasketApiVersion
    from .get_customer_accept_language import GetCustomerAcceptLanguage
    from .get_customer_api_version import GetCustomerApiVersion
    from .get_customer_balance_7d_stats_accept_language import (
        GetCustomerBalance7DStatsAcceptLanguage,
    )
    from .get_customer_balance_7d_stats_api_version import GetCustomerBalance7DStatsApiVersion
    from .get_customer_balance_accept_language import GetCustomerBalanceAcceptLanguage
    from .get_customer_balance_api_version import GetCustomerBalanceApiVersion
    from .get_legal_pdf_accept_language import GetLegalPdfAcceptLanguage
    from .get_legal_pdf_api_version import GetLegalPdfApiVersion
    from .get_order_accept_language import GetOrderAcceptLanguage
    from .get_order_api_version import GetOrderApiVersion
    from .get_partner_balance_accept_language import GetPartnerBalanceAcceptLanguage
    from .get_partner_balance_api_version import GetPartnerBalanceApiVersion
    from .get_partner_order_accept_language import GetPartnerOrderAcceptLanguage
    from .get_partner_order_api_version import GetPartnerOrderApiVersion
    from .get_product_accept_language import GetProductAcceptLanguage
    from .get_product_api_version import GetProductApiVersion
    from .get_wallet_kyc_accept_language import GetWalletKycAcceptLanguage
    from .get_wallet_kyc_api_version import GetWalletKycApiVersion
    from .installment_item import InstallmentItem
    from .invoice_type import InvoiceType
    from .item_price_component import ItemPriceComponent
    from .kyc_verification_method import KycVerificationMethod
    from .legal_document_request import LegalDocumentRequest
    from .legal_type import LegalType
    from .legal_type_code import LegalTypeCode
    from .legal_type_list_envelope import LegalTypeListEnvelope
    from .list_addresses_accept_language import ListAddressesAcceptLanguage
    from .list_addresses_api_version import ListAddressesApiVersion
    from .list_categories_accept_language import ListCategoriesAcceptLanguage
    from .list_categories_api_version import ListCategoriesApiVersion
    from .list_delivery_wallets_accept_language import ListDeliveryWalletsAcceptLanguage
    from .list_delivery_wallets_api_version import ListDeliveryWalletsApiVersion
    from .list_incomplete_baskets_accept_language import ListIncompleteBasketsAcceptLanguage
    from .list_incomplete_baskets_api_version import ListIncompleteBasketsApiVersion
    from .list_legal_types_accept_language import ListLegalTypesAcceptLanguage
    from .list_legal_types_api_version import ListLegalTypesApiVersion
    from .list_order_statuses_accept_language import ListOrderStatusesAcceptLanguage
    from .list_order_statuses_api_version import ListOrderStatusesApiVersion
    from .list_orders_accept_language import ListOrdersAcceptLanguage
    from .list_orders_api_version import ListOrdersApiVersion
    from .list_orders_sort_by import ListOrdersSortBy
    from .list_orders_sort_type import ListOrdersSortType
    from .list_payment_types_accept_language import ListPaymentTypesAcceptLanguage
    from .list_payment_types_api_version import ListPaymentTypesApiVersion
    from .list_prices_accept_language import ListPricesAcceptLanguage
    from .list_prices_api_version import ListPricesApiVersion
    from .list_product_prices_accept_language import ListProductPricesAcceptLanguage
    from .list_product_prices_api_version import ListProductPricesApiVersion
    from .list_products_accept_language import ListProductsAcceptLanguage
    from .list_products_api_version import ListProductsApiVersion
    from .list_stored_cards_accept_language import ListStoredCardsAcceptLanguage
    from .list_stored_cards_api_version import ListStoredCardsApiVersion
    from .list_wallet_orders_accept_language import ListWalletOrdersAcceptLanguage
    from .list_wallet_orders_api_version import ListWalletOrdersApiVersion
    from .metal_price import MetalPrice
    from .metal_price_list_envelope import MetalPriceListEnvelope
    from .metal_price_unit import MetalPriceUnit
    from .new_addresses import NewAddresses
    from .new_billing_address import NewBillingAddress
    from .new_billing_address_item import NewBillingAddressItem
    from .new_billing_address_item_type import NewBillingAddressItemType
    from .new_billing_address_type import NewBillingAddressType
    from .new_business_customer import NewBusinessCustomer
    from .new_business_customer_account_type import NewBusinessCustomerAccountType
    from .new_individual_customer import NewIndividualCustomer
    from .new_individual_customer_account_type import NewIndividualCustomerAccountType
    from .new_shipping_address import NewShippingAddress
    from .new_shipping_address_item import NewShippingAddressItem
    from .new_shipping_address_item_type import NewShippingAddressItemType
    from .new_shipping_address_type import NewShippingAddressType
    from .order_customer import OrderCustomer
    from .order_customer_request import OrderCustomerRequest
    from .order_envelope import OrderEnvelope
    from .order_lookup import OrderLookup
    from .order_payment import OrderPayment
    from .order_payment_auth_mode import OrderPaymentAuthMode
    from .order_payment_state import OrderPaymentState
    from .order_status import OrderStatus
    from .order_status_list_envelope import OrderStatusListEnvelope
    from .order_status_name import OrderStatusName
    from .page_link import PageLink
    from .partner_balance_envelope import PartnerBalanceEnvelope
    from .payment_type import PaymentType
    from .payment_type_code import PaymentTypeCode
    from .payment_type_list_envelope import PaymentTypeListEnvelope
    from .price_calculation import PriceCalculation
    from .price_calculation_envelope import PriceCalculationEnvelope
    from .price_currency import PriceCurrency
    from .price_fix import PriceFix
    from .price_fix_envelope import PriceFixEnvelope
    from .price_fix_request import PriceFixRequest
    from .price_fix_request_type import PriceFixRequestType
    from .price_tick import PriceTick
    from .price_tick_item import PriceTickItem
    from .priced_sku import PricedSku
    from .pricefix import Pricefix
    from .product import Product
    from .product_envelope import ProductEnvelope
    from .product_page import ProductPage
    from .product_page_envelope import ProductPageEnvelope
    from .product_price import ProductPrice
    from .product_price_list_envelope import ProductPriceListEnvelope
    from .query_card_bin_accept_language import QueryCardBinAcceptLanguage
    from .query_card_bin_api_version import QueryCardBinApiVersion
    from .rate_currency import RateCurrency
    from .remove_customer_accept_language import RemoveCustomerAcceptLanguage
    from .remove_customer_api_version import RemoveCustomerApiVersion
    from .sell_item import SellItem
    from .sell_metal_accept_language import SellMetalAcceptLanguage
    from .sell_metal_api_version import SellMetalApiVersion
    from .sell_order_request import SellOrderRequest
    from .set_custom_address_accept_language import SetCustomAddressAcceptLanguage
    from .set_custom_address_api_version import SetCustomAddressApiVersion
    from .set_existing_address_accept_language import SetExistingAddressAcceptLanguage
    from .set_existing_address_api_version import SetExistingAddressApiVersion
    from .shipping_address import ShippingAddress
    from .shipping_address_input import ShippingAddressInput
    from .source_of_funds import SourceOfFunds
    from .stored_card import StoredCard
    from .stored_card_addition import StoredCardAddition
    from .stored_card_deletion import StoredCardDeletion
    from .stored_card_envelope import StoredCardEnvelope
    from .stored_card_list_envelope import StoredCardListEnvelope
    from .stored_card_lookup import StoredCardLookup
    from .stored_card_payment import StoredCardPayment
    from .update_customer_accept_language import UpdateCustomerAcceptLanguage
    from .update_customer_api_version import UpdateCustomerApiVersion
    from .update_customer_cash_balance_accept_language import (
        UpdateCustomerCashBalanceAcceptLanguage,
    )
    from .update_customer_cash_balance_api_version import UpdateCustomerCashBalanceApiVersion
    from .update_item_accept_language import UpdateItemAcceptLanguage
    from .update_item_api_version import UpdateItemApiVersion
    from .upsert_wallet_kyc_accept_language import UpsertWalletKycAcceptLanguage
    from .upsert_wallet_kyc_api_version import UpsertWalletKycApiVersion
    from .wallet import Wallet
    from .wallet_balance import WalletBalance
    from .wallet_balance_prices import WalletBalancePrices
    from .wallet_balance_stats import WalletBalanceStats
    from .wallet_code import WalletCode
    from .wallet_kyc import WalletKyc
    from .wallet_kyc_bulk_item import WalletKycBulkItem
    from .wallet_kyc_bulk_upsert import WalletKycBulkUpsert
    from .wallet_kyc_envelope import WalletKycEnvelope
    from .wallet_kyc_input import WalletKycInput
    from .wallet_kyc_list_envelope import WalletKycListEnvelope
    from .wallet_kyc_status import WalletKycStatus
    from .wallet_order import WalletOrder
    from .wallet_order_address import WalletOrderAddress
    from .wallet_order_delivery import WalletOrderDelivery
    from .wallet_order_delivery_product import WalletOrderDeliveryProduct
    from .wallet_order_envelope import WalletOrderEnvelope
    from .wallet_order_item import WalletOrderItem
    from .wallet_order_lookup import WalletOrderLookup
    from .wallet_order_page import WalletOrderPage
    from .wallet_order_page_envelope import WalletOrderPageEnvelope
    from .wallet_order_payment_type import WalletOrderPaymentType
    from .wallet_order_result import WalletOrderResult
    from .wallet_order_result_envelope import WalletOrderResultEnvelope
    from .wallet_order_type import WalletOrderType
    from .wallet_stats import WalletStats
    from .wallet_week import WalletWeek
    from .wallet_week_list_envelope import WalletWeekListEnvelope
    from .walletable_basket import WalletableBasket
    from .walletable_basket_envelope import WalletableBasketEnvelope
    from .walletable_basket_item_addition import WalletableBasketItemAddition
    from .walletable_basket_order_creation_status import WalletableBasketOrderCreationStatus
    from .walletable_basket_type import WalletableBasketType
    from .walletable_clear_basket_accept_language import WalletableClearBasketAcceptLanguage
    from .walletable_clear_basket_api_version import WalletableClearBasketApiVersion
    from .walletable_complete_buy_accept_language import WalletableCompleteBuyAcceptLanguage
    from .walletable_complete_buy_api_version import WalletableCompleteBuyApiVersion
    from .walletable_complete_delivery_accept_language import (
        WalletableCompleteDeliveryAcceptLanguage,
    )
    from .walletable_complete_delivery_api_version import WalletableCompleteDeliveryApiVersion
    from .walletable_complete_sell_accept_language import WalletableCompleteSellAcceptLanguage
    from .walletable_complete_sell_api_version import WalletableCompleteSellApiVersion
    from .walletable_completion import WalletableCompletion
    from .walletable_create_basket_accept_language import WalletableCreateBasketAcceptLanguage
    from .walletable_create_basket_api_version import WalletableCreateBasketApiVersion
    from .walletable_customer import WalletableCustomer
    from .walletable_customer_account_type import WalletableCustomerAccountType
    from .walletable_delete_basket_item_accept_language import (
        WalletableDeleteBasketItemAcceptLanguage,
    )
    from .walletable_delete_basket_item_api_version import WalletableDeleteBasketItemApiVersion
    from .walletable_delivery import WalletableDelivery
    from .walletable_delivery_completion import WalletableDeliveryCompletion
    from .walletable_get_active_basket_accept_language import (
        WalletableGetActiveBasketAcceptLanguage,
    )
    from .walletable_get_active_basket_api_version import WalletableGetActiveBasketApiVersion
    from .walletable_get_balance_accept_language import WalletableGetBalanceAcceptLanguage
    from .walletable_get_balance_api_version import WalletableGetBalanceApiVersion
    from .walletable_get_balance_is_deliverable import WalletableGetBalanceIsDeliverable
    from .walletable_get_import_status_accept_language import (
        WalletableGetImportStatusAcceptLanguage,
    )
    from .walletable_get_import_status_api_version import WalletableGetImportStatusApiVersion
    from .walletable_get_order_invoice_accept_language import (
        WalletableGetOrderInvoiceAcceptLanguage,
    )
    from .walletable_get_order_invoice_api_version import WalletableGetOrderInvoiceApiVersion
    from .walletable_get_receipt_accept_language import WalletableGetReceiptAcceptLanguage
    from .walletable_get_receipt_api_version import WalletableGetReceiptApiVersion
    from .walletable_get_summary_accept_language import WalletableGetSummaryAcceptLanguage
    from .walletable_get_summary_api_version import WalletableGetSummaryApiVersion
    from .walletable_holding import WalletableHolding
    from .walletable_holding_list_envelope import WalletableHoldingListEnvelope
    from .walletable_holding_metal_type import WalletableHoldingMetalType
    from .walletable_import import WalletableImport
    from .walletable_import_envelope import WalletableImportEnvelope
    from .walletable_import_error import WalletableImportError
    from .walletable_import_request import WalletableImportRequest
    from .walletable_import_status import WalletableImportStatus
    from .walletable_invoice import WalletableInvoice
    from .walletable_invoice_envelope import WalletableInvoiceEnvelope
    from .walletable_invoice_line import WalletableInvoiceLine
    from .walletable_list_currency_rates_accept_language import (
        WalletableListCurrencyRatesAcceptLanguage,
    )
    from .walletable_list_currency_rates_api_version import WalletableListCurrencyRatesApiVersion
    from .walletable_list_orders_accept_language import WalletableListOrdersAcceptLanguage
    from .walletable_list_orders_api_version import WalletableListOrdersApiVersion
    from .walletable_list_orders_sort_by import WalletableListOrdersSortBy
    from .walletable_list_orders_sort_type import WalletableListOrdersSortType
    from .walletable_list_products_accept_language import WalletableListProductsAcceptLanguage
    from .walletable_list_products_api_version import WalletableListProductsApiVersion
    from .walletable_list_rate_history_accept_language import (
        WalletableListRateHistoryAcceptLanguage,
    )
    from .walletable_list_rate_history_api_version import WalletableListRateHistoryApiVersion
    from .walletable_metal_summary import WalletableMetalSummary
    from .walletable_metal_summary_metal_type import WalletableMetalSummaryMetalType
    from .walletable_order_kind import WalletableOrderKind
    from .walletable_order_page import WalletableOrderPage
    from .walletable_order_page_envelope import WalletableOrderPageEnvelope
    from .walletable_order_summary import WalletableOrderSummary
    from .walletable_post_summary_accept_language import WalletablePostSummaryAcceptLanguage
    from .walletable_post_summary_api_version import WalletablePostSummaryApiVersion
    from .walletable_pricefix import WalletablePricefix
    from .walletable_product import WalletableProduct
    from .walletable_product_list_envelope import WalletableProductListEnvelope
    from .walletable_product_metal_type import WalletableProductMetalType
    from .walletable_queue_import_accept_language import WalletableQueueImportAcceptLanguage
    from .walletable_queue_import_api_version import WalletableQueueImportApiVersion
    from .walletable_summary import WalletableSummary
    from .walletable_summary_buy_accept_language import WalletableSummaryBuyAcceptLanguage
    from .walletable_summary_buy_api_version import WalletableSummaryBuyApiVersion
    from .walletable_summary_delivery_accept_language import WalletableSummaryDeliveryAcceptLanguage
    from .walletable_summary_delivery_api_version import WalletableSummaryDeliveryApiVersion
    from .walletable_summary_envelope import WalletableSummaryEnvelope
    from .walletable_summary_item import WalletableSummaryItem
    from .walletable_summary_request import WalletableSummaryRequest
    from .walletable_summary_sell_accept_language import WalletableSummarySellAcceptLanguage
    from .walletable_summary_sell_api_version import WalletableSummarySellApiVersion
    from .walletable_typed_summary_request import WalletableTypedSummaryRequest
    from .walletable_update_basket_item_accept_language import (
        WalletableUpdateBasketItemAcceptLanguage,
    )
    from .walletable_update_basket_item_api_version import WalletableUpdateBasketItemApiVersion
    from .walletable_vault_summary import WalletableVaultSummary
    from .walletable_vault_summary_envelope import WalletableVaultSummaryEnvelope

__all__ = (
    "ActiveBasket",
    "ActiveBasketCompletion",
    "ActiveBasketCompletionPaymentType",
    "ActiveBasketEnvelope",
    "AddressDeletion",
    "AddressEnvelope",
    "AddressListEnvelope",
    "AddressType",
    "AddStoredCardAcceptLanguage",
    "AddStoredCardApiVersion",
    "AddToBasketAcceptLanguage",
    "AddToBasketApiVersion",
    "BalanceStats",
    "BalanceStatsEnvelope",
    "BalanceStatsRequest",
    "BaseProductCurrency",
    "BaseProductCurrencyCode",
    "BasketCompletion",
    "BasketCompletionPaymentType",
    "BasketItemAddition",
    "BasketItemRemoval",
    "BasketItemUpdate",
    "BasketPageEnvelope",
    "BasketReference",
    "BillingAddress",
    "BillingAddressInput",
    "BillingAddressInvoiceType",
    "BillingAddressType",
    "BulkUpsertWalletKycAcceptLanguage",
    "BulkUpsertWalletKycApiVersion",
    "BuyItem",
    "BuyMetalAcceptLanguage",
    "BuyMetalApiVersion",
    "BuyOrderRequest",
    "BuyOrderRequestTopup",
    "CalculateDeliveryAcceptLanguage",
    "CalculateDeliveryApiVersion",
    "CalculatePriceAcceptLanguage",
    "CalculatePriceApiVersion",
    "CalculatePriceRequest",
    "CardBinInfo",
    "CardBinInfoEnvelope",
    "CardBinQuery",
    "CardDetails",
    "CardNumberPayment",
    "CardPaymentType",
    "CardType",
    "CashBalanceChange",
    "CashBalanceEnvelope",
    "Category",
    "CategoryListEnvelope",
    "ClearBasketAcceptLanguage",
    "ClearBasketApiVersion",
    "CompleteActiveBasketAcceptLanguage",
    "CompleteActiveBasketApiVersion",
    "CompleteBasketAcceptLanguage",
    "CompleteBasketApiVersion",
    "CreateAddressAcceptLanguage",
    "CreateAddressApiVersion",
    "CreateAddressesAcceptLanguage",
    "CreateAddressesApiVersion",
    "CreateCustomerAcceptLanguage",
    "CreateCustomerApiVersion",
    "CreateCustomerTokenAcceptLanguage",
    "CreateCustomerTokenApiVersion",
    "CreateDeliveryAcceptLanguage",
    "CreateDeliveryApiVersion",
    "CreditCard",
    "CurrencyRate",
    "CurrencyRateListEnvelope",
    "CustomAddresses",
    "Customer",
    "CustomerAccountType",
    "CustomerAddress",
    "CustomerBalanceEnvelope",
    "CustomerEnvelope",
    "CustomerToken",
    "CustomerTokenEnvelope",
    "CustomerTokenRequest",
    "CustomerTokenTokenType",
    "CustomerUpdate",
    "CustomerWithWallets",
    "CustomerWithWalletsEnvelope",
    "DayBalance",
    "DeleteAddressAcceptLanguage",
    "DeleteAddressApiVersion",
    "DeleteItemAcceptLanguage",
    "DeleteItemApiVersion",
    "DeleteStoredCardAcceptLanguage",
    "DeleteStoredCardApiVersion",
    "DeliverableBar",
    "Delivery",
    "DeliveryAddresses",
    "DeliveryBillingAddress",
    "DeliveryCalculation",
    "DeliveryCustomer",
    "DeliveryOrder",
    "DeliveryOrderEnvelope",
    "DeliveryOrderItem",
    "DeliveryOrderRequest",
    "DeliveryOrderTxType",
    "DeliveryQuote",
    "DeliveryQuoteEnvelope",
    "DeliveryQuoteLine",
    "DeliveryShippingAddress",
    "DeliveryWallet",
    "DeliveryWalletListEnvelope",
    "DeliveryWalletLookup",
    "DeliveryWalletNeed",
    "EcomOrder",
    "EcomOrderItem",
    "EcomOrderOrderCreationStatus",
    "EcomOrderPage",
    "Envelope",
    "ErrorDetails",
    "ErrorDetailsErrors",
    "ErrorEnvelope",
    "ExistingAddressSelection",
    "FindWalletOrderAcceptLanguage",
    "FindWalletOrderApiVersion",
    "FixedPrice",
    "FixPriceAcceptLanguage",
    "FixPriceApiVersion",
    "Gender",
    "GetActiveBasketAcceptLanguage",
    "GetActiveBasketApiVersion",
    "GetBalanceStatsAcceptLanguage",
    "GetBalanceStatsApiVersion",
    "GetBasketAcceptLanguage",
    "GetBasketApiVersion",
    "GetCustomerAcceptLanguage",
    "GetCustomerApiVersion",
    "GetCustomerBalance7DStatsAcceptLanguage",
    "GetCustomerBalance7DStatsApiVersion",
    "GetCustomerBalanceAcceptLanguage",
    "GetCustomerBalanceApiVersion",
    "GetLegalPdfAcceptLanguage",
    "GetLegalPdfApiVersion",
    "GetOrderAcceptLanguage",
    "GetOrderApiVersion",
    "GetPartnerBalanceAcceptLanguage",
    "GetPartnerBalanceApiVersion",
    "GetPartnerOrderAcceptLanguage",
    "GetPartnerOrderApiVersion",
    "GetProductAcceptLanguage",
    "GetProductApiVersion",
    "GetWalletKycAcceptLanguage",
    "GetWalletKycApiVersion",
    "InstallmentItem",
    "InvoiceType",
    "ItemPriceComponent",
    "KycVerificationMethod",
    "LegalDocumentRequest",
    "LegalType",
    "LegalTypeCode",
    "LegalTypeListEnvelope",
    "ListAddressesAcceptLanguage",
    "ListAddressesApiVersion",
    "ListCategoriesAcceptLanguage",
    "ListCategoriesApiVersion",
    "ListDeliveryWalletsAcceptLanguage",
    "ListDeliveryWalletsApiVersion",
    "ListIncompleteBasketsAcceptLanguage",
    "ListIncompleteBasketsApiVersion",
    "ListLegalTypesAcceptLanguage",
    "ListLegalTypesApiVersion",
    "ListOrdersAcceptLanguage",
    "ListOrdersApiVersion",
    "ListOrdersSortBy",
    "ListOrdersSortType",
    "ListOrderStatusesAcceptLanguage",
    "ListOrderStatusesApiVersion",
    "ListPaymentTypesAcceptLanguage",
    "ListPaymentTypesApiVersion",
    "ListPricesAcceptLanguage",
    "ListPricesApiVersion",
    "ListProductPricesAcceptLanguage",
    "ListProductPricesApiVersion",
    "ListProductsAcceptLanguage",
    "ListProductsApiVersion",
    "ListStoredCardsAcceptLanguage",
    "ListStoredCardsApiVersion",
    "ListWalletOrdersAcceptLanguage",
    "ListWalletOrdersApiVersion",
    "MetalPrice",
    "MetalPriceListEnvelope",
    "MetalPriceUnit",
    "NewAddresses",
    "NewBillingAddress",
    "NewBillingAddressItem",
    "NewBillingAddressItemType",
    "NewBillingAddressType",
    "NewBusinessCustomer",
    "NewBusinessCustomerAccountType",
    "NewIndividualCustomer",
    "NewIndividualCustomerAccountType",
    "NewShippingAddress",
    "NewShippingAddressItem",
    "NewShippingAddressItemType",
    "NewShippingAddressType",
    "OrderCustomer",
    "OrderCustomerRequest",
    "OrderEnvelope",
    "OrderLookup",
    "OrderPayment",
    "OrderPaymentAuthMode",
    "OrderPaymentState",
    "OrderStatus",
    "OrderStatusListEnvelope",
    "OrderStatusName",
    "PageLink",
    "PartnerBalanceEnvelope",
    "PaymentType",
    "PaymentTypeCode",
    "PaymentTypeListEnvelope",
    "PriceCalculation",
    "PriceCalculationEnvelope",
    "PriceCurrency",
    "PricedSku",
    "Pricefix",
    "PriceFix",
    "PriceFixEnvelope",
    "PriceFixRequest",
    "PriceFixRequestType",
    "PriceTick",
    "PriceTickItem",
    "Product",
    "ProductEnvelope",
    "ProductPage",
    "ProductPageEnvelope",
    "ProductPrice",
    "ProductPriceListEnvelope",
    "QueryCardBinAcceptLanguage",
    "QueryCardBinApiVersion",
    "RateCurrency",
    "RemoveCustomerAcceptLanguage",
    "RemoveCustomerApiVersion",
    "SellItem",
    "SellMetalAcceptLanguage",
    "SellMetalApiVersion",
    "SellOrderRequest",
    "SetCustomAddressAcceptLanguage",
    "SetCustomAddressApiVersion",
    "SetExistingAddressAcceptLanguage",
    "SetExistingAddressApiVersion",
    "ShippingAddress",
    "ShippingAddressInput",
    "SourceOfFunds",
    "StoredCard",
    "StoredCardAddition",
    "StoredCardDeletion",
    "StoredCardEnvelope",
    "StoredCardListEnvelope",
    "StoredCardLookup",
    "StoredCardPayment",
    "UpdateCustomerAcceptLanguage",
    "UpdateCustomerApiVersion",
    "UpdateCustomerCashBalanceAcceptLanguage",
    "UpdateCustomerCashBalanceApiVersion",
    "UpdateItemAcceptLanguage",
    "UpdateItemApiVersion",
    "UpsertWalletKycAcceptLanguage",
    "UpsertWalletKycApiVersion",
    "Wallet",
    "WalletableBasket",
    "WalletableBasketEnvelope",
    "WalletableBasketItemAddition",
    "WalletableBasketOrderCreationStatus",
    "WalletableBasketType",
    "WalletableClearBasketAcceptLanguage",
    "WalletableClearBasketApiVersion",
    "WalletableCompleteBuyAcceptLanguage",
    "WalletableCompleteBuyApiVersion",
    "WalletableCompleteDeliveryAcceptLanguage",
    "WalletableCompleteDeliveryApiVersion",
    "WalletableCompleteSellAcceptLanguage",
    "WalletableCompleteSellApiVersion",
    "WalletableCompletion",
    "WalletableCreateBasketAcceptLanguage",
    "WalletableCreateBasketApiVersion",
    "WalletableCustomer",
    "WalletableCustomerAccountType",
    "WalletableDeleteBasketItemAcceptLanguage",
    "WalletableDeleteBasketItemApiVersion",
    "WalletableDelivery",
    "WalletableDeliveryCompletion",
    "WalletableGetActiveBasketAcceptLanguage",
    "WalletableGetActiveBasketApiVersion",
    "WalletableGetBalanceAcceptLanguage",
    "WalletableGetBalanceApiVersion",
    "WalletableGetBalanceIsDeliverable",
    "WalletableGetImportStatusAcceptLanguage",
    "WalletableGetImportStatusApiVersion",
    "WalletableGetOrderInvoiceAcceptLanguage",
    "WalletableGetOrderInvoiceApiVersion",
    "WalletableGetReceiptAcceptLanguage",
    "WalletableGetReceiptApiVersion",
    "WalletableGetSummaryAcceptLanguage",
    "WalletableGetSummaryApiVersion",
    "WalletableHolding",
    "WalletableHoldingListEnvelope",
    "WalletableHoldingMetalType",
    "WalletableImport",
    "WalletableImportEnvelope",
    "WalletableImportError",
    "WalletableImportRequest",
    "WalletableImportStatus",
    "WalletableInvoice",
    "WalletableInvoiceEnvelope",
    "WalletableInvoiceLine",
    "WalletableListCurrencyRatesAcceptLanguage",
    "WalletableListCurrencyRatesApiVersion",
    "WalletableListOrdersAcceptLanguage",
    "WalletableListOrdersApiVersion",
    "WalletableListOrdersSortBy",
    "WalletableListOrdersSortType",
    "WalletableListProductsAcceptLanguage",
    "WalletableListProductsApiVersion",
    "WalletableListRateHistoryAcceptLanguage",
    "WalletableListRateHistoryApiVersion",
    "WalletableMetalSummary",
    "WalletableMetalSummaryMetalType",
    "WalletableOrderKind",
    "WalletableOrderPage",
    "WalletableOrderPageEnvelope",
    "WalletableOrderSummary",
    "WalletablePostSummaryAcceptLanguage",
    "WalletablePostSummaryApiVersion",
    "WalletablePricefix",
    "WalletableProduct",
    "WalletableProductListEnvelope",
    "WalletableProductMetalType",
    "WalletableQueueImportAcceptLanguage",
    "WalletableQueueImportApiVersion",
    "WalletableSummary",
    "WalletableSummaryBuyAcceptLanguage",
    "WalletableSummaryBuyApiVersion",
    "WalletableSummaryDeliveryAcceptLanguage",
    "WalletableSummaryDeliveryApiVersion",
    "WalletableSummaryEnvelope",
    "WalletableSummaryItem",
    "WalletableSummaryRequest",
    "WalletableSummarySellAcceptLanguage",
    "WalletableSummarySellApiVersion",
    "WalletableTypedSummaryRequest",
    "WalletableUpdateBasketItemAcceptLanguage",
    "WalletableUpdateBasketItemApiVersion",
    "WalletableVaultSummary",
    "WalletableVaultSummaryEnvelope",
    "WalletBalance",
    "WalletBalancePrices",
    "WalletBalanceStats",
    "WalletCode",
    "WalletKyc",
    "WalletKycBulkItem",
    "WalletKycBulkUpsert",
    "WalletKycEnvelope",
    "WalletKycInput",
    "WalletKycListEnvelope",
    "WalletKycStatus",
    "WalletOrder",
    "WalletOrderAddress",
    "WalletOrderDelivery",
    "WalletOrderDeliveryProduct",
    "WalletOrderEnvelope",
    "WalletOrderItem",
    "WalletOrderLookup",
    "WalletOrderPage",
    "WalletOrderPageEnvelope",
    "WalletOrderPaymentType",
    "WalletOrderResult",
    "WalletOrderResultEnvelope",
    "WalletOrderType",
    "WalletStats",
    "WalletWeek",
    "WalletWeekListEnvelope",
)

#: The module of each model, by name.
_MODULES: dict[str, str] = {
    "ActiveBasket": "active_basket",
    "ActiveBasketCompletion": "active_basket_completion",
    "ActiveBasketCompletionPaymentType": "active_basket_completion_payment_type",
    "ActiveBasketEnvelope": "active_basket_envelope",
    "AddStoredCardAcceptLanguage": "add_stored_card_accept_language",
    "AddStoredCardApiVersion": "add_stored_card_api_version",
    "AddToBasketAcceptLanguage": "add_to_basket_accept_language",
    "AddToBasketApiVersion": "add_to_basket_api_version",
    "AddressDeletion": "address_deletion",
    "AddressEnvelope": "address_envelope",
    "AddressListEnvelope": "address_list_envelope",
    "AddressType": "address_type",
    "BalanceStats": "balance_stats",
    "BalanceStatsEnvelope": "balance_stats_envelope",
    "BalanceStatsRequest": "balance_stats_request",
    "BaseProductCurrency": "base_product_currency",
    "BaseProductCurrencyCode": "base_product_currency_code",
    "BasketCompletion": "basket_completion",
    "BasketCompletionPaymentType": "basket_completion_payment_type",
    "BasketItemAddition": "basket_item_addition",
    "BasketItemRemoval": "basket_item_removal",
    "BasketItemUpdate": "basket_item_update",
    "BasketPageEnvelope": "basket_page_envelope",
    "BasketReference": "basket_reference",
    "BillingAddress": "billing_address",
    "BillingAddressInput": "billing_address_input",
    "BillingAddressInvoiceType": "billing_address_invoice_type",
    "BillingAddressType": "billing_address_type",
    "BulkUpsertWalletKycAcceptLanguage": "bulk_upsert_wallet_kyc_accept_language",
    "BulkUpsertWalletKycApiVersion": "bulk_upsert_wallet_kyc_api_version",
    "BuyItem": "buy_item",
    "BuyMetalAcceptLanguage": "buy_metal_accept_language",
    "BuyMetalApiVersion": "buy_metal_api_version",
    "BuyOrderRequest": "buy_order_request",
    "BuyOrderRequestTopup": "buy_order_request_topup",
    "CalculateDeliveryAcceptLanguage": "calculate_delivery_accept_language",
    "CalculateDeliveryApiVersion": "calculate_delivery_api_version",
    "CalculatePriceAcceptLanguage": "calculate_price_accept_language",
    "CalculatePriceApiVersion": "calculate_price_api_version",
    "CalculatePriceRequest": "calculate_price_request",
    "CardBinInfo": "card_bin_info",
    "CardBinInfoEnvelope": "card_bin_info_envelope",
    "CardBinQuery": "card_bin_query",
    "CardDetails": "card_details",
    "CardNumberPayment": "card_number_payment",
    "CardPaymentType": "card_payment_type",
    "CardType": "card_type",
    "CashBalanceChange": "cash_balance_change",
    "CashBalanceEnvelope": "cash_balance_envelope",
    "Category": "category",
    "CategoryListEnvelope": "category_list_envelope",
    "ClearBasketAcceptLanguage": "clear_basket_accept_language",
    "ClearBasketApiVersion": "clear_basket_api_version",
    "CompleteActiveBasketAcceptLanguage": "complete_active_basket_accept_language",
    "CompleteActiveBasketApiVersion": "complete_active_basket_api_version",
    "CompleteBasketAcceptLanguage": "complete_basket_accept_language",
    "CompleteBasketApiVersion": "complete_basket_api_version",
    "CreateAddressAcceptLanguage": "create_address_accept_language",
    "CreateAddressApiVersion": "create_address_api_version",
    "CreateAddressesAcceptLanguage": "create_addresses_accept_language",
    "CreateAddressesApiVersion": "create_addresses_api_version",
    "CreateCustomerAcceptLanguage": "create_customer_accept_language",
    "CreateCustomerApiVersion": "create_customer_api_version",
    "CreateCustomerTokenAcceptLanguage": "create_customer_token_accept_language",
    "CreateCustomerTokenApiVersion": "create_customer_token_api_version",
    "CreateDeliveryAcceptLanguage": "create_delivery_accept_language",
    "CreateDeliveryApiVersion": "create_delivery_api_version",
    "CreditCard": "credit_card",
    "CurrencyRate": "currency_rate",
    "CurrencyRateListEnvelope": "currency_rate_list_envelope",
    "CustomAddresses": "custom_addresses",
    "Customer": "customer",
    "CustomerAccountType": "customer_account_type",
    "CustomerAddress": "customer_address",
    "CustomerBalanceEnvelope": "customer_balance_envelope",
    "CustomerEnvelope": "customer_envelope",
    "CustomerToken": "customer_token",
    "CustomerTokenEnvelope": "customer_token_envelope",
    "CustomerTokenRequest": "customer_token_request",
    "CustomerTokenTokenType": "customer_token_token_type",
    "CustomerUpdate": "customer_update",
    "CustomerWithWallets": "customer_with_wallets",
    "CustomerWithWalletsEnvelope": "customer_with_wallets_envelope",
    "DayBalance": "day_balance",
    "DeleteAddressAcceptLanguage": "delete_address_accept_language",
    "DeleteAddressApiVersion": "delete_address_api_version",
    "DeleteItemAcceptLanguage": "delete_item_accept_language",
    "DeleteItemApiVersion": "delete_item_api_version",
    "DeleteStoredCardAcceptLanguage": "delete_stored_card_accept_language",
    "DeleteStoredCardApiVersion": "delete_stored_card_api_version",
    "DeliverableBar": "deliverable_bar",
    "Delivery": "delivery",
    "DeliveryAddresses": "delivery_addresses",
    "DeliveryBillingAddress": "delivery_billing_address",
    "DeliveryCalculation": "delivery_calculation",
    "DeliveryCustomer": "delivery_customer",
    "DeliveryOrder": "delivery_order",
    "DeliveryOrderEnvelope": "delivery_order_envelope",
    "DeliveryOrderItem": "delivery_order_item",
    "DeliveryOrderRequest": "delivery_order_request",
    "DeliveryOrderTxType": "delivery_order_tx_type",
    "DeliveryQuote": "delivery_quote",
    "DeliveryQuoteEnvelope": "delivery_quote_envelope",
    "DeliveryQuoteLine": "delivery_quote_line",
    "DeliveryShippingAddress": "delivery_shipping_address",
    "DeliveryWallet": "delivery_wallet",
    "DeliveryWalletListEnvelope": "delivery_wallet_list_envelope",
    "DeliveryWalletLookup": "delivery_wallet_lookup",
    "DeliveryWalletNeed": "delivery_wallet_need",
    "EcomOrder": "ecom_order",
    "EcomOrderItem": "ecom_order_item",
    "EcomOrderOrderCreationStatus": "ecom_order_order_creation_status",
    "EcomOrderPage": "ecom_order_page",
    "Envelope": "envelope",
    "ErrorDetails": "error_details",
    "ErrorDetailsErrors": "error_details_errors",
    "ErrorEnvelope": "error_envelope",
    "ExistingAddressSelection": "existing_address_selection",
    "FindWalletOrderAcceptLanguage": "find_wallet_order_accept_language",
    "FindWalletOrderApiVersion": "find_wallet_order_api_version",
    "FixPriceAcceptLanguage": "fix_price_accept_language",
    "FixPriceApiVersion": "fix_price_api_version",
    "FixedPrice": "fixed_price",
    "Gender": "gender",
    "GetActiveBasketAcceptLanguage": "get_active_basket_accept_language",
    "GetActiveBasketApiVersion": "get_active_basket_api_version",
    "GetBalanceStatsAcceptLanguage": "get_balance_stats_accept_language",
    "GetBalanceStatsApiVersion": "get_balance_stats_api_version",
    "GetBasketAcceptLanguage": "get_basket_accept_language",
    "GetBasketApiVersion": "get_basket_api_version",
    "GetCustomerAcceptLanguage": "get_customer_accept_language",
    "GetCustomerApiVersion": "get_customer_api_version",
    "GetCustomerBalance7DStatsAcceptLanguage": "get_customer_balance_7d_stats_accept_language",
    "GetCustomerBalance7DStatsApiVersion": "get_customer_balance_7d_stats_api_version",
    "GetCustomerBalanceAcceptLanguage": "get_customer_balance_accept_language",
    "GetCustomerBalanceApiVersion": "get_customer_balance_api_version",
    "GetLegalPdfAcceptLanguage": "get_legal_pdf_accept_language",
    "GetLegalPdfApiVersion": "get_legal_pdf_api_version",
    "GetOrderAcceptLanguage": "get_order_accept_language",
    "GetOrderApiVersion": "get_order_api_version",
    "GetPartnerBalanceAcceptLanguage": "get_partner_balance_accept_language",
    "GetPartnerBalanceApiVersion": "get_partner_balance_api_version",
    "GetPartnerOrderAcceptLanguage": "get_partner_order_accept_language",
    "GetPartnerOrderApiVersion": "get_partner_order_api_version",
    "GetProductAcceptLanguage": "get_product_accept_language",
    "GetProductApiVersion": "get_product_api_version",
    "GetWalletKycAcceptLanguage": "get_wallet_kyc_accept_language",
    "GetWalletKycApiVersion": "get_wallet_kyc_api_version",
    "InstallmentItem": "installment_item",
    "InvoiceType": "invoice_type",
    "ItemPriceComponent": "item_price_component",
    "KycVerificationMethod": "kyc_verification_method",
    "LegalDocumentRequest": "legal_document_request",
    "LegalType": "legal_type",
    "LegalTypeCode": "legal_type_code",
    "LegalTypeListEnvelope": "legal_type_list_envelope",
    "ListAddressesAcceptLanguage": "list_addresses_accept_language",
    "ListAddressesApiVersion": "list_addresses_api_version",
    "ListCategoriesAcceptLanguage": "list_categories_accept_language",
    "ListCategoriesApiVersion": "list_categories_api_version",
    "ListDeliveryWalletsAcceptLanguage": "list_delivery_wallets_accept_language",
    "ListDeliveryWalletsApiVersion": "list_delivery_wallets_api_version",
    "ListIncompleteBasketsAcceptLanguage": "list_incomplete_baskets_accept_language",
    "ListIncompleteBasketsApiVersion": "list_incomplete_baskets_api_version",
    "ListLegalTypesAcceptLanguage": "list_legal_types_accept_language",
    "ListLegalTypesApiVersion": "list_legal_types_api_version",
    "ListOrderStatusesAcceptLanguage": "list_order_statuses_accept_language",
    "ListOrderStatusesApiVersion": "list_order_statuses_api_version",
    "ListOrdersAcceptLanguage": "list_orders_accept_language",
    "ListOrdersApiVersion": "list_orders_api_version",
    "ListOrdersSortBy": "list_orders_sort_by",
    "ListOrdersSortType": "list_orders_sort_type",
    "ListPaymentTypesAcceptLanguage": "list_payment_types_accept_language",
    "ListPaymentTypesApiVersion": "list_payment_types_api_version",
    "ListPricesAcceptLanguage": "list_prices_accept_language",
    "ListPricesApiVersion": "list_prices_api_version",
    "ListProductPricesAcceptLanguage": "list_product_prices_accept_language",
    "ListProductPricesApiVersion": "list_product_prices_api_version",
    "ListProductsAcceptLanguage": "list_products_accept_language",
    "ListProductsApiVersion": "list_products_api_version",
    "ListStoredCardsAcceptLanguage": "list_stored_cards_accept_language",
    "ListStoredCardsApiVersion": "list_stored_cards_api_version",
    "ListWalletOrdersAcceptLanguage": "list_wallet_orders_accept_language",
    "ListWalletOrdersApiVersion": "list_wallet_orders_api_version",
    "MetalPrice": "metal_price",
    "MetalPriceListEnvelope": "metal_price_list_envelope",
    "MetalPriceUnit": "metal_price_unit",
    "NewAddresses": "new_addresses",
    "NewBillingAddress": "new_billing_address",
    "NewBillingAddressItem": "new_billing_address_item",
    "NewBillingAddressItemType": "new_billing_address_item_type",
    "NewBillingAddressType": "new_billing_address_type",
    "NewBusinessCustomer": "new_business_customer",
    "NewBusinessCustomerAccountType": "new_business_customer_account_type",
    "NewIndividualCustomer": "new_individual_customer",
    "NewIndividualCustomerAccountType": "new_individual_customer_account_type",
    "NewShippingAddress": "new_shipping_address",
    "NewShippingAddressItem": "new_shipping_address_item",
    "NewShippingAddressItemType": "new_shipping_address_item_type",
    "NewShippingAddressType": "new_shipping_address_type",
    "OrderCustomer": "order_customer",
    "OrderCustomerRequest": "order_customer_request",
    "OrderEnvelope": "order_envelope",
    "OrderLookup": "order_lookup",
    "OrderPayment": "order_payment",
    "OrderPaymentAuthMode": "order_payment_auth_mode",
    "OrderPaymentState": "order_payment_state",
    "OrderStatus": "order_status",
    "OrderStatusListEnvelope": "order_status_list_envelope",
    "OrderStatusName": "order_status_name",
    "PageLink": "page_link",
    "PartnerBalanceEnvelope": "partner_balance_envelope",
    "PaymentType": "payment_type",
    "PaymentTypeCode": "payment_type_code",
    "PaymentTypeListEnvelope": "payment_type_list_envelope",
    "PriceCalculation": "price_calculation",
    "PriceCalculationEnvelope": "price_calculation_envelope",
    "PriceCurrency": "price_currency",
    "PriceFix": "price_fix",
    "PriceFixEnvelope": "price_fix_envelope",
    "PriceFixRequest": "price_fix_request",
    "PriceFixRequestType": "price_fix_request_type",
    "PriceTick": "price_tick",
    "PriceTickItem": "price_tick_item",
    "PricedSku": "priced_sku",
    "Pricefix": "pricefix",
    "Product": "product",
    "ProductEnvelope": "product_envelope",
    "ProductPage": "product_page",
    "ProductPageEnvelope": "product_page_envelope",
    "ProductPrice": "product_price",
    "ProductPriceListEnvelope": "product_price_list_envelope",
    "QueryCardBinAcceptLanguage": "query_card_bin_accept_language",
    "QueryCardBinApiVersion": "query_card_bin_api_version",
    "RateCurrency": "rate_currency",
    "RemoveCustomerAcceptLanguage": "remove_customer_accept_language",
    "RemoveCustomerApiVersion": "remove_customer_api_version",
    "SellItem": "sell_item",
    "SellMetalAcceptLanguage": "sell_metal_accept_language",
    "SellMetalApiVersion": "sell_metal_api_version",
    "SellOrderRequest": "sell_order_request",
    "SetCustomAddressAcceptLanguage": "set_custom_address_accept_language",
    "SetCustomAddressApiVersion": "set_custom_address_api_version",
    "SetExistingAddressAcceptLanguage": "set_existing_address_accept_language",
    "SetExistingAddressApiVersion": "set_existing_address_api_version",
    "ShippingAddress": "shipping_address",
    "ShippingAddressInput": "shipping_address_input",
    "SourceOfFunds": "source_of_funds",
    "StoredCard": "stored_card",
    "StoredCardAddition": "stored_card_addition",
    "StoredCardDeletion": "stored_card_deletion",
    "StoredCardEnvelope": "stored_card_envelope",
    "StoredCardListEnvelope": "stored_card_list_envelope",
    "StoredCardLookup": "stored_card_lookup",
    "StoredCardPayment": "stored_card_payment",
    "UpdateCustomerAcceptLanguage": "update_customer_accept_language",
    "UpdateCustomerApiVersion": "update_customer_api_version",
    "UpdateCustomerCashBalanceAcceptLanguage": "update_customer_cash_balance_accept_language",
    "UpdateCustomerCashBalanceApiVersion": "update_customer_cash_balance_api_version",
    "UpdateItemAcceptLanguage": "update_item_accept_language",
    "UpdateItemApiVersion": "update_item_api_version",
    "UpsertWalletKycAcceptLanguage": "upsert_wallet_kyc_accept_language",
    "UpsertWalletKycApiVersion": "upsert_wallet_kyc_api_version",
    "Wallet": "wallet",
    "WalletBalance": "wallet_balance",
    "WalletBalancePrices": "wallet_balance_prices",
    "WalletBalanceStats": "wallet_balance_stats",
    "WalletCode": "wallet_code",
    "WalletKyc": "wallet_kyc",
    "WalletKycBulkItem": "wallet_kyc_bulk_item",
    "WalletKycBulkUpsert": "wallet_kyc_bulk_upsert",
    "WalletKycEnvelope": "wallet_kyc_envelope",
    "WalletKycInput": "wallet_kyc_input",
    "WalletKycListEnvelope": "wallet_kyc_list_envelope",
    "WalletKycStatus": "wallet_kyc_status",
    "WalletOrder": "wallet_order",
    "WalletOrderAddress": "wallet_order_address",
    "WalletOrderDelivery": "wallet_order_delivery",
    "WalletOrderDeliveryProduct": "wallet_order_delivery_product",
    "WalletOrderEnvelope": "wallet_order_envelope",
    "WalletOrderItem": "wallet_order_item",
    "WalletOrderLookup": "wallet_order_lookup",
    "WalletOrderPage": "wallet_order_page",
    "WalletOrderPageEnvelope": "wallet_order_page_envelope",
    "WalletOrderPaymentType": "wallet_order_payment_type",
    "WalletOrderResult": "wallet_order_result",
    "WalletOrderResultEnvelope": "wallet_order_result_envelope",
    "WalletOrderType": "wallet_order_type",
    "WalletStats": "wallet_stats",
    "WalletWeek": "wallet_week",
    "WalletWeekListEnvelope": "wallet_week_list_envelope",
    "WalletableBasket": "walletable_basket",
    "WalletableBasketEnvelope": "walletable_basket_envelope",
    "WalletableBasketItemAddition": "walletable_basket_item_addition",
    "WalletableBasketOrderCreationStatus": "walletable_basket_order_creation_status",
    "WalletableBasketType": "walletable_basket_type",
    "WalletableClearBasketAcceptLanguage": "walletable_clear_basket_accept_language",
    "WalletableClearBasketApiVersion": "walletable_clear_basket_api_version",
    "WalletableCompleteBuyAcceptLanguage": "walletable_complete_buy_accept_language",
    "WalletableCompleteBuyApiVersion": "walletable_complete_buy_api_version",
    "WalletableCompleteDeliveryAcceptLanguage": "walletable_complete_delivery_accept_language",
    "WalletableCompleteDeliveryApiVersion": "walletable_complete_delivery_api_version",
    "WalletableCompleteSellAcceptLanguage": "walletable_complete_sell_accept_language",
    "WalletableCompleteSellApiVersion": "walletable_complete_sell_api_version",
    "WalletableCompletion": "walletable_completion",
    "WalletableCreateBasketAcceptLanguage": "walletable_create_basket_accept_language",
    "WalletableCreateBasketApiVersion": "walletable_create_basket_api_version",
    "WalletableCustomer": "walletable_customer",
    "WalletableCustomerAccountType": "walletable_customer_account_type",
    "WalletableDeleteBasketItemAcceptLanguage": "walletable_delete_basket_item_accept_language",
    "WalletableDeleteBasketItemApiVersion": "walletable_delete_basket_item_api_version",
    "WalletableDelivery": "walletable_delivery",
    "WalletableDeliveryCompletion": "walletable_delivery_completion",
    "WalletableGetActiveBasketAcceptLanguage": "walletable_get_active_basket_accept_language",
    "WalletableGetActiveBasketApiVersion": "walletable_get_active_basket_api_version",
    "WalletableGetBalanceAcceptLanguage": "walletable_get_balance_accept_language",
    "WalletableGetBalanceApiVersion": "walletable_get_balance_api_version",
    "WalletableGetBalanceIsDeliverable": "walletable_get_balance_is_deliverable",
    "WalletableGetImportStatusAcceptLanguage": "walletable_get_import_status_accept_language",
    "WalletableGetImportStatusApiVersion": "walletable_get_import_status_api_version",
    "WalletableGetOrderInvoiceAcceptLanguage": "walletable_get_order_invoice_accept_language",
    "WalletableGetOrderInvoiceApiVersion": "walletable_get_order_invoice_api_version",
    "WalletableGetReceiptAcceptLanguage": "walletable_get_receipt_accept_language",
    "WalletableGetReceiptApiVersion": "walletable_get_receipt_api_version",
    "WalletableGetSummaryAcceptLanguage": "walletable_get_summary_accept_language",
    "WalletableGetSummaryApiVersion": "walletable_get_summary_api_version",
    "WalletableHolding": "walletable_holding",
    "WalletableHoldingListEnvelope": "walletable_holding_list_envelope",
    "WalletableHoldingMetalType": "walletable_holding_metal_type",
    "WalletableImport": "walletable_import",
    "WalletableImportEnvelope": "walletable_import_envelope",
    "WalletableImportError": "walletable_import_error",
    "WalletableImportRequest": "walletable_import_request",
    "WalletableImportStatus": "walletable_import_status",
    "WalletableInvoice": "walletable_invoice",
    "WalletableInvoiceEnvelope": "walletable_invoice_envelope",
    "WalletableInvoiceLine": "walletable_invoice_line",
    "WalletableListCurrencyRatesAcceptLanguage": "walletable_list_currency_rates_accept_language",
    "WalletableListCurrencyRatesApiVersion": "walletable_list_currency_rates_api_version",
    "WalletableListOrdersAcceptLanguage": "walletable_list_orders_accept_language",
    "WalletableListOrdersApiVersion": "walletable_list_orders_api_version",
    "WalletableListOrdersSortBy": "walletable_list_orders_sort_by",
    "WalletableListOrdersSortType": "walletable_list_orders_sort_type",
    "WalletableListProductsAcceptLanguage": "walletable_list_products_accept_language",
    "WalletableListProductsApiVersion": "walletable_list_products_api_version",
    "WalletableListRateHistoryAcceptLanguage": "walletable_list_rate_history_accept_language",
    "WalletableListRateHistoryApiVersion": "walletable_list_rate_history_api_version",
    "WalletableMetalSummary": "walletable_metal_summary",
    "WalletableMetalSummaryMetalType": "walletable_metal_summary_metal_type",
    "WalletableOrderKind": "walletable_order_kind",
    "WalletableOrderPage": "walletable_order_page",
    "WalletableOrderPageEnvelope": "walletable_order_page_envelope",
    "WalletableOrderSummary": "walletable_order_summary",
    "WalletablePostSummaryAcceptLanguage": "walletable_post_summary_accept_language",
    "WalletablePostSummaryApiVersion": "walletable_post_summary_api_version",
    "WalletablePricefix": "walletable_pricefix",
    "WalletableProduct": "walletable_product",
    "WalletableProductListEnvelope": "walletable_product_list_envelope",
    "WalletableProductMetalType": "walletable_product_metal_type",
    "WalletableQueueImportAcceptLanguage": "walletable_queue_import_accept_language",
    "WalletableQueueImportApiVersion": "walletable_queue_import_api_version",
    "WalletableSummary": "walletable_summary",
    "WalletableSummaryBuyAcceptLanguage": "walletable_summary_buy_accept_language",
    "WalletableSummaryBuyApiVersion": "walletable_summary_buy_api_version",
    "WalletableSummaryDeliveryAcceptLanguage": "walletable_summary_delivery_accept_language",
    "WalletableSummaryDeliveryApiVersion": "walletable_summary_delivery_api_version",
    "WalletableSummaryEnvelope": "walletable_summary_envelope",
    "WalletableSummaryItem": "walletable_summary_item",
    "WalletableSummaryRequest": "walletable_summary_request",
    "WalletableSummarySellAcceptLanguage": "walletable_summary_sell_accept_language",
    "WalletableSummarySellApiVersion": "walletable_summary_sell_api_version",
    "WalletableTypedSummaryRequest": "walletable_typed_summary_request",
    "WalletableUpdateBasketItemAcceptLanguage": "walletable_update_basket_item_accept_language",
    "WalletableUpdateBasketItemApiVersion": "walletable_update_basket_item_api_version",
    "WalletableVaultSummary": "walletable_vault_summary",
    "WalletableVaultSummaryEnvelope": "walletable_vault_summary_envelope",
}


def _load(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


if not TYPE_CHECKING:  # (type checkers would take any name for one of its answers)
    __getattr__ = _load


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})


def bind(namespace: dict[str, Any], names: tuple[str, ...]) -> None:
    """Bind ``names`` (models a model's module imports only for type checking) in that
    module's ``namespace``, importing each model that is not yet imported."""
    for name in names:
        if name not in namespace:
            namespace[name] = globals()[name] if name in globals() else _load(name)

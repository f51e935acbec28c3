"""Which tests need the local sandbox, and why; and proof that the others run
against any server.

Every ``sandbox_only`` mark names its reason (the collection hook in tests/conftest.py
refuses one without, and the skip against staging repeats it). The list is
printed here (``pytest -s tests/sandbox/test_sandbox_only.py``, or
``python -m tests.sandbox.test_sandbox_only``), and the Partner API's and Walletable's
parts of it are asserted, so a test only becomes sandbox-only on purpose.

Then a small selection of the Partner journeys runs in a pytest of its own with
MINTED_BASE_URL pointing at a second sandbox process this test starts, as it
would against staging: they must run and pass, not skip.
"""

from __future__ import annotations

import importlib
import inspect
import os
import secrets
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from minted_sandbox import RunningSandbox

from ..support import ROOT

PARTNER_FILES = ("test_wallets", "test_partner_b2b", "test_partner_orders",
                 "test_cards_delivery", "test_kyc")  # fmt: skip
FAULTS = "drops the answer with the sandbox's faults (/__sandbox/faults)"
EXPIRED = "ends the price fix (/__sandbox/price-fixes/.../expire)"
# The Partner tests that need the sandbox: test -> its reason.
PARTNER_SANDBOX_ONLY = {
    "test_wallets::test_the_sandboxs_prices_are_its_curated_ones":
        "the sandbox's fixed prices (spec/CURATION.md, Partner API)",
    "test_wallets::test_each_wallet_is_the_sum_of_its_movements":
        "reads the sandbox's database file (its books)",
    "test_wallets::test_an_expired_token_is_refused_naming_price_token": EXPIRED,
    "test_wallets::test_a_lost_buy_is_not_resent_and_the_user_is_told_how_to_find_out": FAULTS,
    "test_wallets::test_a_lost_sell_names_its_price_token": FAULTS,
    "test_partner_b2b::test_the_sandboxs_partner_opens_with_a_million_and_its_books_balance":
        "the sandbox's opening cash for the partner, its fixed prices and its database file",
    "test_partner_b2b::test_calculate_price_refuses_an_expired_token": EXPIRED,
    "test_partner_b2b::test_a_lost_cash_update_is_not_resent_and_sending_it_again_tells": FAULTS,
    "test_partner_b2b::test_a_lost_b2b_buy_points_at_the_partners_balance": FAULTS,
    "test_partner_orders::test_push_hook_pushes_the_order_again_and_only_when_asked":
        "reads the order pushes the sandbox records (/__sandbox/pushes)",
    "test_partner_orders::test_a_pushed_order_is_read_by_parse_as_the_call_reads_it":
        "reads the order pushes the sandbox records (/__sandbox/pushes)",
    "test_partner_orders::test_product_prices_are_the_price_fixes_prices_to_the_cent":
        "the sandbox's fixed prices and exchange rates",
    "test_partner_orders::test_seven_days_of_balances_and_stats_over_a_range_of_days":
        "moves orders back in time in the sandbox's database file; its fixed prices",
    "test_partner_orders::test_a_buy_whose_answer_was_lost_is_found_by_its_external_id": FAULTS,
    "test_cards_delivery::test_the_bin_query_answers_the_sandboxs_installments_and_commissions":
        "the sandbox's installment counts and commission rates",
    "test_cards_delivery::test_shipping_deliveries_takes_their_grams_and_the_books_balance":
        "ships with the sandbox's vault (/__sandbox/deliveries/{guid}/ship); its delivery fees"
        " and database file",
    "test_cards_delivery::test_a_lost_delivery_or_card_addition_is_not_resent_and_says_how_to_find_out":
        "drops the answers with the sandbox's faults (/__sandbox/faults)",
    "test_cards_delivery::test_a_lost_delivery_names_its_customer_and_how_to_find_it": FAULTS,
    "test_cards_delivery::test_no_card_number_or_cvv_in_any_log_repr_error_or_stored_row":
        "reads the sandbox's log and database file",
    "test_kyc::test_a_lost_upsert_answer_is_resent_and_harmless": FAULTS,
}  # fmt: skip
# Partner journeys run against a second sandbox as against staging (and one that must skip).
JOURNEYS = (
    "test_wallets.py::test_the_wallet_journey_adds_up_to_the_milligram_and_the_kurus",
    "test_wallets.py::test_the_price_fix_prices_six_skus_with_their_documented_numbers",
    "test_wallets.py::test_palladium_is_bought_and_sold_by_the_gram_in_its_own_wallet",
    "test_partner_b2b.py::test_the_partners_own_orders_move_the_partners_own_wallets",
    "test_partner_orders.py::test_get_order_alternative_finds_one_order_by_guid_external_id_or_order_code",
    "test_cards_delivery.py::test_paying_with_another_customers_saved_card_is_forbidden_and_moves_nothing",
    "test_cards_delivery.py::test_a_delivery_blocks_its_grams_and_answers_the_new_order",
    "test_kyc.py::test_upsert_stores_get_reads_and_the_same_record_changes_nothing",
)
MUST_SKIP = "test_wallets.py::test_the_sandboxs_prices_are_its_curated_ones"
# The Walletable tests that need the sandbox, and the journeys run as against staging.
WALLETABLE_SANDBOX_ONLY = {
    "test_walletable::test_the_storage_fee_starts_beyond_the_storage_limit_and_the_books_balance":
        "a sandbox of its own with fee settings (minted-sandbox --walletable-fee); its prices"
        " and database file",
    "test_walletable::test_a_vault_in_dirhams_prices_at_the_rate_of_currency_rates_to_the_fils":
        "a sandbox of its own priced in AED (minted-sandbox --walletable-currency AED); its"
        " prices and database file",
    "test_walletable::test_a_delivery_moves_from_pending_to_shipped_with_its_tracking":
        "ships with the sandbox's vault (/__sandbox/walletable/orders/{guid}/ship)",
    "test_walletable::test_an_expired_price_fix_is_fixed_anew_on_read_and_the_old_token_is_refused":
        "ends a price fix with the sandbox's control (/__sandbox/walletable/baskets/.../expire)",
    "test_walletable::test_a_lost_completion_is_not_resent_and_its_recipe_tells_whether_it_happened":
        FAULTS,
    "test_walletable::test_a_lost_basket_change_says_which_basket_shows_it": FAULTS,
    "test_walletable::test_a_lost_import_is_queued_again_and_each_row_is_imported_once": FAULTS,
    "test_walletable::test_a_sparse_workbook_is_refused_by_its_cells_while_other_callers_are_served":
        "the sandbox's bound on a workbook's cells (its catalog)",
    "test_walletable::test_an_import_reads_date_cells_and_refuses_more_rows_than_it_takes":
        "the sandbox's bounds on a workbook's rows, its date cells",
}  # fmt: skip
WALLETABLE_JOURNEYS = (
    "test_walletable.py::test_buy_sell_and_deliver_bars_through_the_vault_to_the_kurus",
    "test_walletable.py::test_refusals_name_their_fields_in_turkish_and_in_english",
    "test_walletable.py::test_the_vaults_products_and_the_currency_rates",
    "test_walletable.py::test_the_summaries_price_as_baskets_do_and_store_nothing",
    "test_walletable.py::test_an_excel_import_creates_the_good_rows_and_reports_each_bad_one",
)
WALLETABLE_MUST_SKIP = (
    "test_walletable.py::test_a_delivery_moves_from_pending_to_shipped_with_its_tracking"
)


def _reason(mark: Any) -> str:
    return str(mark.kwargs.get("reason") or (mark.args[0] if mark.args else ""))


def sandbox_only_tests() -> dict[str, str]:
    """``module::test`` -> the reason of its ``sandbox_only`` mark (its own, or its
    module's), for every test module of the suite."""
    found: dict[str, str] = {}
    for path in sorted((ROOT / "tests").glob("*/test_*.py")):
        module = importlib.import_module(f"tests.{path.parent.name}.{path.stem}")
        module_marks = getattr(module, "pytestmark", [])
        module_marks = module_marks if isinstance(module_marks, list) else [module_marks]
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if not name.startswith("test_") or function.__module__ != module.__name__:
                continue
            marks = [*getattr(function, "pytestmark", []), *module_marks]
            for mark in marks:
                if mark.name == "sandbox_only":
                    found[f"{path.stem}::{name}"] = _reason(mark)
                    break
    return found


def report(found: dict[str, str]) -> str:
    """The list, grouped by reason."""
    by_reason: dict[str, list[str]] = {}
    for test, reason in sorted(found.items()):
        by_reason.setdefault(reason, []).append(test)
    lines = [f"{len(found)} sandbox-only tests:"]
    for reason, tests in sorted(by_reason.items()):
        lines += [f"- {reason}:", *(f"    {test}" for test in tests)]
    return "\n".join(lines)


def test_every_sandbox_only_test_says_why_and_the_partner_list_is_the_agreed_one() -> None:
    found = sandbox_only_tests()
    print(report(found))
    assert all(found.values()), [test for test, reason in found.items() if not reason]
    partner = {t: r for t, r in found.items() if t.split("::")[0] in PARTNER_FILES}
    assert partner == PARTNER_SANDBOX_ONLY
    walletable = {t: r for t, r in found.items() if t.startswith("test_walletable::")}
    assert walletable == WALLETABLE_SANDBOX_ONLY
    # The Partner files are no longer sandbox-only as a whole: most of their tests run anywhere.
    for name in PARTNER_FILES:
        module = importlib.import_module(f"tests.journeys.{name}")
        assert not hasattr(module, "pytestmark"), name


def run_against_a_second_server(
    tmp_path: Path, journeys: tuple[str, ...], must_skip: str, skipped_for: str, *, seed: bool
) -> None:
    """A pytest of its own, with MINTED_BASE_URL (and the credentials) pointing at a
    second sandbox process: the journeys ran and passed, the sandbox-only one skipped
    (its reason starting ``skipped_for``)."""
    password = secrets.token_urlsafe(12)
    with RunningSandbox(username="staging", password=password, db=tmp_path / "second.sqlite3",
                        seed=seed) as second:  # fmt: skip
        env = {**os.environ, "MINTED_BASE_URL": second.url, "MINTED_USERNAME": "staging",
               "MINTED_PASSWORD": password}  # fmt: skip
        results = tmp_path / "results.xml"
        run = subprocess.run(
            [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "-rs",
             f"--junitxml={results}",
             *(f"tests/journeys/{test}" for test in (*journeys, must_skip))],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False,
        )  # fmt: skip
    output = run.stdout + run.stderr
    assert run.returncode == 0, output
    assert password not in output
    outcomes: dict[str, str] = {}
    for case in ET.parse(results).getroot().iter("testcase"):
        test = f"{case.get('classname', '').rsplit('.', 1)[-1]}.py::{case.get('name')}"
        kinds = [child.tag for child in case if child.tag in ("skipped", "failure", "error")]
        outcomes[test] = kinds[0] if kinds else "passed"
        if kinds == ["skipped"]:
            message = next(child for child in case if child.tag == "skipped").get("message", "")
            assert f"sandbox only: {skipped_for}" in message, message
    assert outcomes == {**dict.fromkeys(journeys, "passed"), must_skip: "skipped"}, output
    assert f"{len(journeys)} passed, 1 skipped" in output


def test_the_partner_journeys_run_and_pass_against_a_second_server(tmp_path: Path) -> None:
    run_against_a_second_server(
        tmp_path, JOURNEYS, MUST_SKIP, "the sandbox's fixed prices", seed=False
    )


def test_the_walletable_journeys_run_and_pass_against_a_second_server(tmp_path: Path) -> None:
    """As the Partner journeys, against a server with a catalog (the vault's bars are its
    products) but not the test's own sandbox."""
    run_against_a_second_server(
        tmp_path, WALLETABLE_JOURNEYS, WALLETABLE_MUST_SKIP, "ships with", seed=True
    )


if __name__ == "__main__":
    print(report(sandbox_only_tests()))

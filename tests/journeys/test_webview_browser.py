"""The Embedded Webview in a real browser: headless Chromium opens Create Token's
``webview_url`` (the sandbox's stand-in for the vendor's page), which reads the active
basket with the token from its fragment and completes it, landing on the 3-D Secure
stand-in; the partner then sees the basket handed to payment. Screenshots of both pages
are kept in the test's output folder (pytest's ``tmp_path``; the path is printed).

Needs Debian's ``chromium`` (``make browser`` installs it) and the ``playwright``
package (tests/requirements.txt); skipped, saying so, where either is missing.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from minted_connect import MintedConnect
from minted_connect.models import CustomerTokenRequest

from ..support.ecommerce import ready_basket

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")

pytestmark = [
    pytest.mark.sandbox_only(
        reason="the webview page and the 3-D page are the sandbox's stand-ins"
    ),
    pytest.mark.skipif(
        CHROMIUM is None, reason="no chromium on PATH: `make browser` (apt-get install chromium)"
    ),
]


def test_the_webview_shows_the_basket_and_completes_it(
    client: MintedConnect, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    basket = ready_basket(client)
    token = client.embedded.create_token(
        body=CustomerTokenRequest(customer_external_id=basket.customer.external_id)
    )
    shots = (tmp_path / "webview.png", tmp_path / "webview-3d.png")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            page = browser.new_page(locale="tr-TR")
            page.goto(token.webview_url)
            page.wait_for_selector("#pay:not([hidden])", timeout=20_000)
            text = page.inner_text("body")
            assert "Sepetiniz" in text and basket.increment_id in text
            assert basket.items[0].product_name in text
            page.screenshot(path=str(shots[0]), full_page=True)
            page.click("button[type=submit]")
            page.wait_for_url("**/3d", timeout=20_000)
            assert "3-D Secure" in page.inner_text("body")
            page.screenshot(path=str(shots[1]), full_page=True)
        finally:
            browser.close()
    seen = client.checkout.get_basket(
        customer_external_id=basket.customer.external_id, cart_token=basket.token
    )
    assert seen.payment is not None and seen.payment.state == "new"
    assert all(shot.stat().st_size > 1000 for shot in shots)
    with capsys.disabled():
        print(f"\nwebview screenshots: {shots[0]} {shots[1]}")

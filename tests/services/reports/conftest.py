"""What the reports' tests share: the company of the businesses they tell the story of
(each module builds its own, once, and every test of the module reads it)."""

from __future__ import annotations

from cadence.services.company import CompanyData

COMPANY = CompanyData(
    legal_name="Atelier Nuage SAS",
    address_line1="12 rue de la Charité",
    postal_code="69002",
    city="Lyon",
    siren="732829320",
    vat_number="FR44732829320",
    iban="FR76 3000 6000 0112 3456 7890 189",
    bic="AGRIFRPP",
    payment_terms_days=30,
)

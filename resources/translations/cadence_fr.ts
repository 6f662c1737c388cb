<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AgeingCustomersDialog</name>
    <message>
        <location filename="../../desktop/cadence/ui/reports/details.py" line="179"/>
        <source>Owed: {bucket}</source>
        <translation>Dû&#xa0;: {bucket}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/details.py" line="180"/>
        <source>What each customer owed at the end of {day}, VAT included: {bucket}.</source>
        <translation>Ce que chaque client devait à la fin du {day}, TTC&#xa0;: {bucket}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/details.py" line="195"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/details.py" line="195"/>
        <source>Owed</source>
        <translation>Dû</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/details.py" line="195"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
</context>
<context>
    <name>AlertNotifier</name>
    <message>
        <location filename="../../desktop/cadence/ui/alerts/notifier.py" line="69"/>
        <source>Cadence: {count} new alerts</source>
        <translation>Cadence&#xa0;: {count} nouvelles alertes</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/alerts/notifier.py" line="72"/>
        <source>and {count} more</source>
        <translation>et {count} autres</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <location filename="../../desktop/cadence/ui/alerts/panel.py" line="107"/>
        <location filename="../../desktop/cadence/ui/alerts/panel.py" line="219"/>
        <source>Most urgent first; double-click one to open it.</source>
        <translation>Les plus urgentes d&apos;abord&#xa0;; double-cliquez sur une alerte pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/alerts/panel.py" line="119"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/alerts/panel.py" line="121"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/alerts/panel.py" line="123"/>
        <source>Hide this alert until its situation changes (a new due date or amount)</source>
        <translation>Masquer cette alerte jusqu&apos;à ce que sa situation change (nouvelle échéance ou nouveau montant)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/alerts/panel.py" line="126"/>
        <source>Remind me &amp;tomorrow</source>
        <translation>Me le rappeler &amp;demain</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/alerts/panel.py" line="128"/>
        <source>Remind me in a &amp;week</source>
        <translation>Me le rappeler dans une &amp;semaine</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/alerts/panel.py" line="131"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/alerts/panel.py" line="134"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/alerts/panel.py" line="135"/>
        <source>Hide this alert for a day or a week</source>
        <translation>Masquer cette alerte pendant un jour ou une semaine</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/alerts/panel.py" line="140"/>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/alerts/panel.py" line="209"/>
        <source>Looking for what needs your attention…</source>
        <translation>Recherche de ce qui demande votre attention…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/alerts/panel.py" line="211"/>
        <source>Nothing needs your attention today.</source>
        <translation>Rien ne demande votre attention aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/alerts/panel.py" line="215"/>
        <source>The {listed} most urgent of {count}; double-click one to open it.</source>
        <translation>Les {listed} plus urgentes sur {count}&#xa0;; double-cliquez sur une alerte pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/alerts/panel.py" line="224"/>
        <source>Alerts ({count})</source>
        <translation>Alertes ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/alerts/panel.py" line="226"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
</context>
<context>
    <name>Bank</name>
    <message numerus="yes">
        <location filename="../../desktop/cadence/ui/bank/labels.py" line="35"/>
        <source>Invoices {numbers} and %n more</source>
        <translation>
            <numerusform>Factures {numbers} et %n autre</numerusform>
            <numerusform>Factures {numbers} et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cadence/ui/bank/labels.py" line="38"/>
        <source>Direct-debit batch {reference} (%n invoice(s))</source>
        <translation>
            <numerusform>Lot de prélèvements {reference} (%n facture)</numerusform>
            <numerusform>Lot de prélèvements {reference} (%n factures)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cadence/ui/bank/labels.py" line="43"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cadence/ui/bank/labels.py" line="46"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n nouvelle</numerusform>
            <numerusform>%n nouvelles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cadence/ui/bank/labels.py" line="49"/>
        <source>%n match(es) suggested</source>
        <translation>
            <numerusform>%n correspondance proposée</numerusform>
            <numerusform>%n correspondances proposées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cadence/ui/bank/labels.py" line="52"/>
        <source>%n expense(s) set aside</source>
        <translation>
            <numerusform>%n dépense mise de côté</numerusform>
            <numerusform>%n dépenses mises de côté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cadence/ui/bank/labels.py" line="55"/>
        <source>Record the %n sure match(es) shown?</source>
        <translation>
            <numerusform>Enregistrer %n correspondance certaine affichée&#xa0;?</numerusform>
            <numerusform>Enregistrer les %n correspondances certaines affichées&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cadence/ui/bank/labels.py" line="58"/>
        <source>“{file}” imported: %n new line(s).</source>
        <translation>
            <numerusform>«&#xa0;{file}&#xa0;» importé&#xa0;: %n nouvelle ligne.</numerusform>
            <numerusform>«&#xa0;{file}&#xa0;» importé&#xa0;: %n nouvelles lignes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cadence/ui/bank/labels.py" line="61"/>
        <source>%n line(s) confirmed and recorded.</source>
        <translation>
            <numerusform>%n ligne confirmée et enregistrée.</numerusform>
            <numerusform>%n lignes confirmées et enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/labels.py" line="80"/>
        <source>Sure</source>
        <translation>Certaine</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/labels.py" line="81"/>
        <source>Likely</source>
        <translation>Probable</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/labels.py" line="82"/>
        <source>To check</source>
        <translation>À contrôler</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/labels.py" line="88"/>
        <source>The label names the invoice, or the batch, and the amount is the same</source>
        <translation>Le libellé cite la facture, ou le lot, et le montant est identique</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/labels.py" line="91"/>
        <source>The payer&apos;s name and the amount fit, but the label names no invoice</source>
        <translation>Le nom du payeur et le montant concordent, mais le libellé ne cite aucune facture</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/labels.py" line="94"/>
        <source>A guess from the name or the amount alone: check it before confirming</source>
        <translation>Une supposition d&apos;après le nom ou le montant seul&#xa0;: vérifiez-la avant de confirmer</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/labels.py" line="128"/>
        <source>To review ({count})</source>
        <translation>À vérifier ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/labels.py" line="131"/>
        <source>Confirmed ({count})</source>
        <translation>Confirmées ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/labels.py" line="137"/>
        <source>Set aside ({count})</source>
        <translation>Mises de côté ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/labels.py" line="139"/>
        <source>All ({count})</source>
        <translation>Toutes ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/labels.py" line="145"/>
        <location filename="../../desktop/cadence/ui/bank/labels.py" line="146"/>
        <source>To review</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/labels.py" line="147"/>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/labels.py" line="148"/>
        <source>Set aside</source>
        <translation>Mise de côté</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/labels.py" line="157"/>
        <source>Bank CSV</source>
        <translation>CSV bancaire</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/labels.py" line="166"/>
        <source>the label names the invoice</source>
        <translation>le libellé cite la facture</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/labels.py" line="167"/>
        <source>the bank&apos;s credit for a direct-debit batch</source>
        <translation>le crédit versé par la banque pour un lot de prélèvements</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/labels.py" line="168"/>
        <source>a direct debit the customer&apos;s bank sent back</source>
        <translation>un prélèvement rejeté par la banque du client</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/labels.py" line="169"/>
        <source>the payer&apos;s name and the amount</source>
        <translation>le nom du payeur et le montant</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/labels.py" line="170"/>
        <source>the payer&apos;s name</source>
        <translation>le nom du payeur</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/labels.py" line="171"/>
        <source>the amount alone</source>
        <translation>le montant seul</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/labels.py" line="172"/>
        <source>chosen by you</source>
        <translation>votre choix</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/labels.py" line="179"/>
        <source>no reason given</source>
        <translation>aucun motif indiqué</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/labels.py" line="187"/>
        <source>Invoice {number}</source>
        <translation>Facture {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/labels.py" line="189"/>
        <source>Invoices {numbers}</source>
        <translation>Factures {numbers}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/labels.py" line="197"/>
        <source>Returned direct debit · {reason}</source>
        <translation>Prélèvement rejeté · {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/labels.py" line="203"/>
        <source>Direct-debit batch {reference}, already recorded as collected</source>
        <translation>Lot de prélèvements {reference}, déjà enregistré comme prélevé</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/labels.py" line="209"/>
        <source>Customer: {customer} (oldest invoices first)</source>
        <translation>Client&#xa0;: {customer} (factures les plus anciennes d&apos;abord)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/labels.py" line="214"/>
        <source>Customer: {customer} (the invoice named is paid already)</source>
        <translation>Client&#xa0;: {customer} (la facture citée est déjà payée)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/labels.py" line="218"/>
        <source>Customer: {customer} (kept as credit)</source>
        <translation>Client&#xa0;: {customer} (mis à son crédit)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/labels.py" line="220"/>
        <source>Transfer between your own accounts</source>
        <translation>Virement entre vos propres comptes</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/labels.py" line="221"/>
        <source>No match</source>
        <translation>Aucune correspondance</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/table.py" line="48"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/table.py" line="49"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/table.py" line="51"/>
        <source>Payer</source>
        <translation>Payeur</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/table.py" line="53"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/table.py" line="55"/>
        <source>Fee</source>
        <translation>Frais</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/table.py" line="59"/>
        <source>Suggestion</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/table.py" line="61"/>
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
</context>
<context>
    <name>BankSection</name>
    <message>
        <location filename="../../desktop/cadence/ui/setup/payment.py" line="36"/>
        <source>e.g. FR76 3000 6000 0112 3456 7890 189</source>
        <translation>ex.&#xa0;: FR76 3000 6000 0112 3456 7890 189</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/payment.py" line="37"/>
        <source>8 or 11 characters, e.g. AGRIFRPP</source>
        <translation>8 ou 11 caractères, ex.&#xa0;: AGRIFRPP</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/payment.py" line="38"/>
        <source>e.g. FR72ZZZ123456</source>
        <translation>ex.&#xa0;: FR72ZZZ123456</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/payment.py" line="40"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/payment.py" line="41"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/payment.py" line="42"/>
        <source>SEPA creditor identifier (ICS)</source>
        <translation>Identifiant créancier SEPA (ICS)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/payment.py" line="47"/>
        <source>Only if you collect payments by SEPA direct debit: your bank gave it to you.</source>
        <translation>Uniquement si vous encaissez par prélèvement SEPA&#xa0;: votre banque vous l&apos;a attribué.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/payment.py" line="61"/>
        <source>Bank account</source>
        <translation>Compte bancaire</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/payment.py" line="65"/>
        <source>Printed on your invoices, with a QR code customers scan to pay by transfer. You may leave it empty.</source>
        <translation>Imprimé sur vos factures, avec un QR code que vos clients scannent pour payer par virement. Vous pouvez le laisser vide.</translation>
    </message>
</context>
<context>
    <name>BankTab</name>
    <message>
        <location filename="../../desktop/cadence/ui/bank/tab.py" line="91"/>
        <location filename="../../desktop/cadence/ui/bank/tab.py" line="250"/>
        <source>Import a statement…</source>
        <translation>Importer un relevé…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/tab.py" line="94"/>
        <source>Your bank&apos;s statement (OFX, CAMT.053, MT940 or CSV), or a Stripe or PayPal export</source>
        <translation>Le relevé de votre banque (OFX, CAMT.053, MT940 ou CSV), ou un export Stripe ou PayPal</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/tab.py" line="102"/>
        <source>Confirm all sure matches</source>
        <translation>Confirmer les correspondances certaines</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/tab.py" line="104"/>
        <source>Record every line shown whose match is {sure}</source>
        <translation>Enregistrer toutes les lignes affichées dont la correspondance est «&#xa0;{sure}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/tab.py" line="121"/>
        <source>Search the label, the payer or the customer</source>
        <translation>Rechercher par libellé, payeur ou client</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/tab.py" line="157"/>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/tab.py" line="206"/>
        <source>No bank statement yet. Download your account&apos;s statement from your bank&apos;s website (OFX, CAMT.053, MT940 or CSV), or your Stripe or PayPal export, then click “Import a statement…”: Cadence finds which invoices each payment settles, and you confirm.</source>
        <translation>Aucun relevé bancaire pour l&apos;instant. Téléchargez le relevé de votre compte sur le site de votre banque (OFX, CAMT.053, MT940 ou CSV), ou votre export Stripe ou PayPal, puis cliquez sur «&#xa0;Importer un relevé…&#xa0;»&#xa0;: Cadence retrouve les factures que règle chaque paiement, et vous n&apos;avez plus qu&apos;à confirmer.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/tab.py" line="212"/>
        <source>No line matches this search.</source>
        <translation>Aucune ligne ne correspond à cette recherche.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/tab.py" line="215"/>
        <source>Nothing to review: every line is confirmed or set aside. Import the next statement when your bank has it.</source>
        <translation>Rien à vérifier&#xa0;: toutes les lignes sont confirmées ou mises de côté. Importez le prochain relevé dès que votre banque le met à disposition.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/tab.py" line="219"/>
        <source>No line here.</source>
        <translation>Aucune ligne ici.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/tab.py" line="250"/>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/tab.py" line="266"/>
        <source>Recorded: {what}, {amount}.</source>
        <translation>Enregistré&#xa0;: {what}, {amount}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/tab.py" line="288"/>
        <source>{amount} received</source>
        <translation>{amount} d&apos;encaissements</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/tab.py" line="290"/>
        <source>{amount} returned</source>
        <translation>{amount} de rejets</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/tab.py" line="292"/>
        <source>In all: {amounts}.</source>
        <translation>Au total&#xa0;: {amounts}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/tab.py" line="301"/>
        <source>Confirm the sure matches</source>
        <translation>Confirmer les correspondances certaines</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/tab.py" line="303"/>
        <source>Record them</source>
        <translation>Les enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/tab.py" line="324"/>
        <source>The match is changed. Check it, then click Confirm to record it.</source>
        <translation>La correspondance est modifiée. Vérifiez-la, puis cliquez sur «&#xa0;Confirmer&#xa0;» pour l&apos;enregistrer.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/tab.py" line="343"/>
        <source>The line of {amount} is set aside: see it under “Set aside”.</source>
        <translation>La ligne de {amount} est mise de côté&#xa0;: retrouvez-la sous «&#xa0;Mises de côté&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/tab.py" line="362"/>
        <source>The line of {amount} is back among the lines to review.</source>
        <translation>La ligne de {amount} est de retour parmi les lignes à vérifier.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/tab.py" line="389"/>
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
</context>
<context>
    <name>BillingController</name>
    <message>
        <location filename="../../desktop/cadence/ui/billing/controller.py" line="40"/>
        <source>&amp;Run billing now</source>
        <translation>&amp;Lancer la facturation maintenant</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/billing/controller.py" line="42"/>
        <source>&amp;Review invoices due…</source>
        <translation>&amp;Revoir les factures à émettre…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/billing/controller.py" line="49"/>
        <source>Looking for invoices that fell due…</source>
        <translation>Recherche des factures à émettre…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/billing/controller.py" line="54"/>
        <source>A billing run is already in progress.</source>
        <translation>Une facturation est déjà en cours.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/billing/controller.py" line="64"/>
        <source>Nothing is due: every invoice is issued.</source>
        <translation>Rien à facturer&#xa0;: toutes les factures sont émises.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/billing/controller.py" line="79"/>
        <source>{count} invoice(s) await your review: Billing ▸ Review invoices due…</source>
        <translation>{count} facture(s) en attente de votre vérification&#xa0;: Facturation ▸ Revoir les factures à émettre…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/billing/controller.py" line="86"/>
        <source>Billing…</source>
        <translation>Facturation…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/billing/controller.py" line="94"/>
        <source>Issuing %v of %m invoices</source>
        <translation>Émission de la facture %v sur %m</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/billing/controller.py" line="96"/>
        <source>Writing %v of %m PDFs</source>
        <translation>Génération du PDF %v sur %m</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/billing/controller.py" line="102"/>
        <source>{count} invoice(s) issued at {time}</source>
        <translation>{count} facture(s) émise(s) le {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/billing/controller.py" line="106"/>
        <source>Billing checked at {time}: nothing new was due</source>
        <translation>Facturation vérifiée le {time}&#xa0;: rien de nouveau à émettre</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/billing/controller.py" line="109"/>
        <source>{count} problem(s): {first}</source>
        <translation>{count} problème(s)&#xa0;: {first}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/billing/controller.py" line="118"/>
        <source>Billing stopped: {reason}</source>
        <translation>Facturation interrompue&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>CadenceWindow</name>
    <message>
        <location filename="../../desktop/cadence/ui/assembly.py" line="61"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/assembly.py" line="89"/>
        <source>Your company is not set up yet: File ▸ Settings… Nothing is invoiced until it is.</source>
        <translation>Votre entreprise n&apos;est pas encore configurée&#xa0;: Fichier ▸ Paramètres… Rien n&apos;est facturé tant qu&apos;elle ne l&apos;est pas.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/assembly.py" line="97"/>
        <source>Billing in progress</source>
        <translation>Facturation en cours</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/assembly.py" line="99"/>
        <source>Invoices are being issued and their PDFs written. Wait for the run to finish before closing? If you stop it, nothing is lost: what it did not do is done at the next start.</source>
        <translation>Des factures sont en cours d&apos;émission et leurs PDF en cours d&apos;écriture. Attendre la fin avant de fermer&#xa0;? Si vous l&apos;arrêtez, rien n&apos;est perdu&#xa0;: ce qui n&apos;a pas été fait le sera au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/assembly.py" line="107"/>
        <source>Finishing the billing run before closing…</source>
        <translation>Fin de la facturation avant la fermeture…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/assembly.py" line="112"/>
        <source>Finishing sending messages before closing…</source>
        <translation>Fin de l&apos;envoi des messages avant la fermeture…</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/cancel_dialog.py" line="57"/>
        <source>Cancel — {customer}, {plan}</source>
        <translation>Résilier — {customer}, {plan}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/cancel_dialog.py" line="64"/>
        <source>At the end of the period</source>
        <translation>À la fin de la période</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/cancel_dialog.py" line="65"/>
        <source>Now: the service stops today</source>
        <translation>Maintenant&#xa0;: le service s&apos;arrête aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/cancel_dialog.py" line="71"/>
        <source>Cancel now despite the commitment</source>
        <translation>Résilier maintenant malgré l&apos;engagement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/cancel_dialog.py" line="83"/>
        <source>Choose why the customer leaves…</source>
        <translation>Choisissez pourquoi le client part…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/cancel_dialog.py" line="86"/>
        <source>In the customer&apos;s words (optional)</source>
        <translation>Tel que le client l&apos;a formulé (facultatif)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/cancel_dialog.py" line="91"/>
        <source>Service ends</source>
        <translation>Fin du service</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/cancel_dialog.py" line="92"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/cancel_dialog.py" line="93"/>
        <source>Details</source>
        <translation>Précisions</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/cancel_dialog.py" line="103"/>
        <source>Keep the subscription</source>
        <translation>Conserver l&apos;abonnement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/cancel_dialog.py" line="106"/>
        <source>Cancel the subscription</source>
        <translation>Résilier l&apos;abonnement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/cancel_dialog.py" line="130"/>
        <source>At the end of the period: the service stops today</source>
        <translation>À la fin de la période&#xa0;: le service s&apos;arrête aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/cancel_dialog.py" line="133"/>
        <source>When the trial ends: its last day is {day}, nothing is invoiced</source>
        <translation>À la fin de la période d&apos;essai&#xa0;: son dernier jour est le {day}, rien n&apos;est facturé</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/cancel_dialog.py" line="139"/>
        <source>At the end of the period: the last day of service is {day}</source>
        <translation>À la fin de la période&#xa0;: le dernier jour de service est le {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/cancel_dialog.py" line="146"/>
        <source>A cancellation is already scheduled: the last day of service is {day}. Confirming replaces it.</source>
        <translation>Une résiliation est déjà programmée&#xa0;: le dernier jour de service est le {day}. Si vous confirmez, elle sera remplacée.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/cancel_dialog.py" line="162"/>
        <source>The customer is committed until {day}.</source>
        <translation>Le client est engagé jusqu&apos;au {day}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/cancel_dialog.py" line="170"/>
        <source>Cancelling now invoices the rest of the commitment, from {start} to {end}.</source>
        <translation>Une résiliation immédiate facture le reste de l&apos;engagement, du {start} au {end}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/cancel_dialog.py" line="178"/>
        <source>The days already invoiced after today, until {day}, are refunded by a credit note.</source>
        <translation>Les jours déjà facturés après aujourd&apos;hui, jusqu&apos;au {day}, sont remboursés par un avoir.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/cancel_dialog.py" line="183"/>
        <source>Nothing more is invoiced, and nothing is refunded.</source>
        <translation>Rien de plus n&apos;est facturé, et rien n&apos;est remboursé.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/cancel_dialog.py" line="185"/>
        <source>To cancel now all the same, tick the box below.</source>
        <translation>Pour résilier maintenant malgré tout, cochez la case ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/cancel_dialog.py" line="203"/>
        <source>Choose a reason: it counts in the reports</source>
        <translation>Choisissez un motif&#xa0;: il compte dans les rapports</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/cancel_dialog.py" line="208"/>
        <source>Tick the box to cancel before the end of the commitment</source>
        <translation>Cochez la case pour résilier avant la fin de l&apos;engagement</translation>
    </message>
</context>
<context>
    <name>CancellationsSection</name>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="490"/>
        <source>The subscriptions cancelled in the period (by the day their service stopped), by plan and by the reason given: which offers are cancelled most, and why. Rate: cancelled ÷ subscriptions on the plan in the period.</source>
        <translation>Les abonnements résiliés dans la période (au jour où le service s&apos;est arrêté), par formule et par motif&#xa0;: les offres les plus résiliées, et pourquoi. Taux&#xa0;: résiliés ÷ abonnements de la formule dans la période.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="508"/>
        <source>Cancellations by plan and reason</source>
        <translation>Résiliations par formule et par motif</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="529"/>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="547"/>
        <source>Plan</source>
        <translation>Formule</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="530"/>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="547"/>
        <source>Cancelled</source>
        <translation>Résiliés</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="531"/>
        <source>Subscriptions in the period</source>
        <translation>Abonnements dans la période</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="532"/>
        <source>Cancellation rate (%)</source>
        <translation>Taux de résiliation (%)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="533"/>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="547"/>
        <source>MRR lost</source>
        <translation>MRR perdu</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="547"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="568"/>
        <source>{plan}: {count} cancelled ({reason})</source>
        <translation>{plan}&#xa0;: {count} résilié(s) ({reason})</translation>
    </message>
</context>
<context>
    <name>ChangeDialog</name>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/change_dialog.py" line="77"/>
        <source>Change plan or quantity — {customer}</source>
        <translation>Changer de formule ou de quantité — {customer}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/change_dialog.py" line="94"/>
        <source>excl. VAT, per unit; left empty: the plan&apos;s price</source>
        <translation>HT, à l&apos;unité&#xa0;; laissé vide&#xa0;: le prix de la formule</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/change_dialog.py" line="96"/>
        <source>Now: the rest of the period is prorated</source>
        <translation>Maintenant&#xa0;: le reste de la période est calculé au prorata</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/change_dialog.py" line="97"/>
        <source>From the start of the next period</source>
        <translation>Au début de la période suivante</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/change_dialog.py" line="111"/>
        <source>{plan}, quantity {quantity}</source>
        <translation>{plan}, quantité {quantity}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/change_dialog.py" line="115"/>
        <source>Now</source>
        <translation>Actuellement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/change_dialog.py" line="116"/>
        <source>New plan</source>
        <translation>Nouvelle formule</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/change_dialog.py" line="117"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/change_dialog.py" line="118"/>
        <source>Negotiated price</source>
        <translation>Prix négocié</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/change_dialog.py" line="119"/>
        <source>Takes effect</source>
        <translation>Prise d&apos;effet</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/change_dialog.py" line="132"/>
        <source>What the change costs</source>
        <translation>Ce que coûte le changement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/change_dialog.py" line="136"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/change_dialog.py" line="136"/>
        <source>Amount excl. VAT</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/change_dialog.py" line="155"/>
        <source>Confirm the change</source>
        <translation>Confirmer le changement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/change_dialog.py" line="165"/>
        <source>Choose a new plan, quantity or price to see what it costs.</source>
        <translation>Choisissez une nouvelle formule, une nouvelle quantité ou un nouveau prix pour voir ce que cela coûte.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/change_dialog.py" line="264"/>
        <source>The new terms apply from {day}. Nothing is charged or credited now.</source>
        <translation>Les nouvelles conditions s&apos;appliquent à partir du {day}. Rien n&apos;est facturé ni crédité maintenant.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/change_dialog.py" line="278"/>
        <source>Total excl. VAT: {net}   VAT: {vat}   Total incl. VAT: {gross}</source>
        <translation>Total HT&#xa0;: {net}   TVA&#xa0;: {vat}   Total TTC&#xa0;: {gross}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/change_dialog.py" line="286"/>
        <source>A credit note of {amount} is issued now for the difference.</source>
        <translation>Un avoir de {amount} est émis maintenant pour la différence.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/change_dialog.py" line="288"/>
        <source>{amount} will be added to the next invoice.</source>
        <translation>La prochaine facture sera augmentée de {amount}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/change_dialog.py" line="290"/>
        <source>{amount} will be deducted from the next invoice.</source>
        <translation>La prochaine facture sera diminuée de {amount}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/change_dialog.py" line="292"/>
        <source>The difference comes to nothing.</source>
        <translation>La différence est nulle.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/change_dialog.py" line="294"/>
        <source>The new terms apply from {day}. {cost}</source>
        <translation>Les nouvelles conditions s&apos;appliquent à partir du {day}. {cost}</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../desktop/cadence/ui/reports/charts.py" line="65"/>
        <source>Copy the chart as an image</source>
        <translation>Copier le graphique comme image</translation>
    </message>
</context>
<context>
    <name>ChurnSection</name>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="321"/>
        <source>Logo churn: customers lost ÷ (customers at the start + new ones). Revenue churn: (churned + contraction MRR) ÷ MRR at the start. A pause is not churn.</source>
        <translation>Churn clients&#xa0;: clients perdus ÷ (clients au début + nouveaux clients). Churn du revenu&#xa0;: (MRR perdu par churn + contraction) ÷ MRR au début. Une pause n&apos;est pas un churn.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="335"/>
        <source>Churn each month (%)</source>
        <translation>Churn par mois (%)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="339"/>
        <source>Logo churn</source>
        <translation>Churn clients</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="344"/>
        <source>Revenue churn</source>
        <translation>Churn du revenu</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="355"/>
        <source>Retention of the {customers} customer(s) paying when the period began: gross {gross}, net {net} (they brought {before} a month then, {after} at its end).</source>
        <translation>Rétention des {customers} client(s) payants au début de la période&#xa0;: brute {gross}, nette {net} (ils rapportaient {before} par mois alors, {after} à la fin).</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="368"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="369"/>
        <source>Customers at the start</source>
        <translation>Clients au début</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="370"/>
        <source>New customers</source>
        <translation>Nouveaux clients</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="371"/>
        <source>Customers lost</source>
        <translation>Clients perdus</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="372"/>
        <source>Logo churn (%)</source>
        <translation>Churn clients (%)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="373"/>
        <source>MRR at the start</source>
        <translation>MRR au début</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="374"/>
        <source>Churned MRR</source>
        <translation>MRR perdu par churn</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="375"/>
        <source>Contraction</source>
        <translation>Contraction</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="376"/>
        <source>Revenue churn (%)</source>
        <translation>Churn du revenu (%)</translation>
    </message>
</context>
<context>
    <name>ConfirmCollectedDialog</name>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="915"/>
        <source>Batch {reference} collected</source>
        <translation>Lot {reference} prélevé</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="920"/>
        <source>Each of its {count} invoices is recorded as paid by direct debit on that day ({total} in all). A collection the bank sends back later is recorded from the customer&apos;s payments.</source>
        <translation>Chacune de ses {count} factures est enregistrée comme payée par prélèvement à cette date ({total} au total). Un prélèvement que la banque rejette plus tard s&apos;enregistre depuis les paiements du client.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="934"/>
        <source>Credited on</source>
        <translation>Crédité le</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="939"/>
        <source>Confirm collected</source>
        <translation>Confirmer le prélèvement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="943"/>
        <source>The bank collects this batch on {day}: confirm it once the bank has credited it.</source>
        <translation>La banque prélève ce lot le {day}&#xa0;: confirmez-le une fois qu&apos;elle l&apos;a crédité.</translation>
    </message>
</context>
<context>
    <name>CorrectDialog</name>
    <message>
        <location filename="../../desktop/cadence/ui/bank/correct_dialog.py" line="68"/>
        <source>Correct the match</source>
        <translation>Corriger la correspondance</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/correct_dialog.py" line="71"/>
        <source>{amount} on {day}</source>
        <translation>{amount} le {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/correct_dialog.py" line="102"/>
        <source>Paid by:</source>
        <translation>Payé par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/correct_dialog.py" line="102"/>
        <source>Customer:</source>
        <translation>Client&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/correct_dialog.py" line="107"/>
        <source>Use this match</source>
        <translation>Retenir cette correspondance</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/correct_dialog.py" line="118"/>
        <source>Which invoices does it pay?</source>
        <translation>Quelles factures ce paiement règle-t-il&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/correct_dialog.py" line="120"/>
        <source>Which of their payments came back?</source>
        <translation>Lequel de ses paiements a été rejeté&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/correct_dialog.py" line="159"/>
        <source>{number} — due {due} — {left} left to pay</source>
        <translation>{number} — échéance le {due} — {left} restant à payer</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/correct_dialog.py" line="182"/>
        <source>{amount} received on {day}</source>
        <translation>Paiement de {amount} reçu le {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/correct_dialog.py" line="217"/>
        <source>Type the customer&apos;s name, then pick them in the list.</source>
        <translation>Saisissez le nom du client, puis choisissez-le dans la liste.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/correct_dialog.py" line="225"/>
        <source>No payment of {amount} from this customer: choose another.</source>
        <translation>Aucun paiement de {amount} de ce client&#xa0;: choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/correct_dialog.py" line="244"/>
        <source>Nothing of theirs waits for payment: the whole {amount} is kept as their credit.</source>
        <translation>Ce client n&apos;a rien à régler&#xa0;: la totalité du montant ({amount}) reste à son crédit.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/correct_dialog.py" line="247"/>
        <source>No invoice ticked: it pays their oldest invoices first.</source>
        <translation>Aucune facture cochée&#xa0;: le paiement règle d&apos;abord ses factures les plus anciennes.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/correct_dialog.py" line="250"/>
        <source>{paid} pays the invoices ticked; {credit} is kept as their credit.</source>
        <translation>{paid} règle les factures cochées&#xa0;; {credit} reste à son crédit.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/correct_dialog.py" line="253"/>
        <source>{paid} pays the invoices ticked.</source>
        <translation>{paid} règle les factures cochées.</translation>
    </message>
</context>
<context>
    <name>CreditNoteDialog</name>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/credit_note_dialog.py" line="52"/>
        <source>Credit note for {number}</source>
        <translation>Avoir sur la facture {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/credit_note_dialog.py" line="55"/>
        <source>Invoice {number} — {customer}</source>
        <translation>Facture {number} — {customer}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/credit_note_dialog.py" line="64"/>
        <source>Total: {gross} incl. VAT ({net} excl. VAT).</source>
        <translation>Total&#xa0;: {gross} TTC ({net} HT).</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/credit_note_dialog.py" line="69"/>
        <source>Already credited: {amount} incl. VAT.</source>
        <translation>Déjà crédité&#xa0;: {amount} TTC.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/credit_note_dialog.py" line="75"/>
        <source>The whole invoice</source>
        <translation>Toute la facture</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/credit_note_dialog.py" line="76"/>
        <source>Part of some lines, by an amount excl. VAT</source>
        <translation>Une partie de certaines lignes, par un montant HT</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/credit_note_dialog.py" line="84"/>
        <source>Part of this invoice is already credited: credit the lines by amount.</source>
        <translation>Une partie de cette facture a déjà fait l&apos;objet d&apos;un avoir&#xa0;: créditez les lignes par montant.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/credit_note_dialog.py" line="107"/>
        <source>Printed on the credit note, e.g. cancelled order</source>
        <translation>Imprimé sur l&apos;avoir, ex.&#xa0;: commande annulée</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/credit_note_dialog.py" line="110"/>
        <source>Credit:</source>
        <translation>Créditer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/credit_note_dialog.py" line="113"/>
        <source>Reason:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/credit_note_dialog.py" line="123"/>
        <source>Issue the credit note</source>
        <translation>Émettre l&apos;avoir</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/credit_note_dialog.py" line="143"/>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/credit_note_dialog.py" line="144"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/credit_note_dialog.py" line="145"/>
        <source>Excl. VAT</source>
        <translation>HT</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/credit_note_dialog.py" line="146"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/credit_note_dialog.py" line="147"/>
        <source>To credit, excl. VAT</source>
        <translation>À créditer, HT</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/credit_note_dialog.py" line="158"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/credit_note_dialog.py" line="202"/>
        <source>This credit note: {amount} incl. VAT</source>
        <translation>Cet avoir&#xa0;: {amount} TTC</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/credit_note_dialog.py" line="210"/>
        <source>This credit note: {amount} excl. VAT, plus its VAT</source>
        <translation>Cet avoir&#xa0;: {amount} HT, plus sa TVA</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/credit_note_dialog.py" line="225"/>
        <source>Line {position}: type an amount, such as {example}.</source>
        <translation>Ligne {position}&#xa0;: saisissez un montant, par exemple {example}.</translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <location filename="../../desktop/cadence/ui/bank/csv_mapping_dialog.py" line="117"/>
        <source>Read a bank&apos;s CSV file</source>
        <translation>Lire le fichier CSV d&apos;une banque</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/csv_mapping_dialog.py" line="121"/>
        <source>Cadence does not know the columns of “{file}” yet. Say which column holds what: the next statement with the same columns is read without asking.</source>
        <translation>Cadence ne connaît pas encore les colonnes de «&#xa0;{file}&#xa0;». Indiquez ce que contient chaque colonne&#xa0;: le prochain relevé aux mêmes colonnes sera lu sans rien vous demander.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/csv_mapping_dialog.py" line="129"/>
        <source>Crédit Agricole</source>
        <translation>Crédit Agricole</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/csv_mapping_dialog.py" line="142"/>
        <source>; (semicolon)</source>
        <translation>; (point-virgule)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/csv_mapping_dialog.py" line="143"/>
        <source>, (comma)</source>
        <translation>, (virgule)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/csv_mapping_dialog.py" line="144"/>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/csv_mapping_dialog.py" line="145"/>
        <source>| (vertical bar)</source>
        <translation>| (barre verticale)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/csv_mapping_dialog.py" line="171"/>
        <source>One column, money out with a minus:</source>
        <translation>Une seule colonne, les sorties avec un signe moins&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/csv_mapping_dialog.py" line="172"/>
        <source>A debit and a credit column:</source>
        <translation>Une colonne débit et une colonne crédit&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/csv_mapping_dialog.py" line="179"/>
        <source>Amounts have a decimal comma (1 234,56)</source>
        <translation>Les montants ont une virgule décimale (1&#xa0;234,56)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/csv_mapping_dialog.py" line="192"/>
        <source>Debit:</source>
        <translation>Débit&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/csv_mapping_dialog.py" line="194"/>
        <source>Credit:</source>
        <translation>Crédit&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/csv_mapping_dialog.py" line="199"/>
        <source>in the format</source>
        <translation>au format</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/csv_mapping_dialog.py" line="203"/>
        <source>Bank:</source>
        <translation>Banque&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/csv_mapping_dialog.py" line="207"/>
        <source>Separator:</source>
        <translation>Séparateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/csv_mapping_dialog.py" line="209"/>
        <source>Encoding:</source>
        <translation>Encodage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/csv_mapping_dialog.py" line="213"/>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/csv_mapping_dialog.py" line="215"/>
        <source>Amount:</source>
        <translation>Montant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/csv_mapping_dialog.py" line="222"/>
        <source>Label (one or more):</source>
        <translation>Libellé (une ou plusieurs colonnes)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/csv_mapping_dialog.py" line="223"/>
        <source>Payer:</source>
        <translation>Payeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/csv_mapping_dialog.py" line="224"/>
        <source>Reference:</source>
        <translation>Référence&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/csv_mapping_dialog.py" line="242"/>
        <source>Import the statement</source>
        <translation>Importer le relevé</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/csv_mapping_dialog.py" line="266"/>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/csv_mapping_dialog.py" line="267"/>
        <source>yyyy-mm-dd</source>
        <translation>aaaa-mm-jj</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/csv_mapping_dialog.py" line="268"/>
        <source>dd.mm.yyyy</source>
        <translation>jj.mm.aaaa</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/csv_mapping_dialog.py" line="269"/>
        <source>mm/dd/yyyy</source>
        <translation>mm/jj/aaaa</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/csv_mapping_dialog.py" line="285"/>
        <source>This file is not written in {encoding}: the characters shown as “�” would be lost. Choose another encoding.</source>
        <translation>Ce fichier n&apos;est pas écrit en {encoding}&#xa0;: les caractères affichés sous la forme «&#xa0;�&#xa0;» seraient perdus. Choisissez un autre encodage.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/csv_mapping_dialog.py" line="329"/>
        <location filename="../../desktop/cadence/ui/bank/csv_mapping_dialog.py" line="330"/>
        <location filename="../../desktop/cadence/ui/bank/csv_mapping_dialog.py" line="331"/>
        <location filename="../../desktop/cadence/ui/bank/csv_mapping_dialog.py" line="332"/>
        <source>(choose)</source>
        <translation>(choisir)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/csv_mapping_dialog.py" line="333"/>
        <location filename="../../desktop/cadence/ui/bank/csv_mapping_dialog.py" line="334"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/csv_mapping_dialog.py" line="403"/>
        <source>Choose the column of the dates.</source>
        <translation>Choisissez la colonne des dates.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/csv_mapping_dialog.py" line="405"/>
        <source>Choose two different columns for the debits and the credits.</source>
        <translation>Choisissez deux colonnes différentes pour les débits et les crédits.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/csv_mapping_dialog.py" line="407"/>
        <source>Choose the column of the amounts.</source>
        <translation>Choisissez la colonne des montants.</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="76"/>
        <source>Choose a customer in the list above to see their subscriptions, invoices, payments and balance.</source>
        <translation>Choisissez un client dans la liste ci-dessus pour voir ses abonnements, ses factures, ses paiements et son solde.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="115"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="123"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="124"/>
        <source>Statement PDF…</source>
        <translation>Relevé de compte PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="146"/>
        <source>Plan</source>
        <translation>Formule</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="147"/>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="164"/>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="174"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="148"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="149"/>
        <source>Price excl. VAT</source>
        <translation>Prix HT</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="150"/>
        <source>Billed</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="151"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="152"/>
        <source>Next invoice</source>
        <translation>Prochaine facture</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="158"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="159"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="160"/>
        <source>Issued</source>
        <translation>Émission</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="161"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="162"/>
        <source>Total incl. VAT</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="163"/>
        <source>Left to pay</source>
        <translation>Reste à payer</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="169"/>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="170"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="171"/>
        <source>Method</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="172"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="173"/>
        <source>Not yet used</source>
        <translation>Non encore affecté</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="184"/>
        <source>Record as returned…</source>
        <translation>Enregistrer un rejet…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="186"/>
        <source>The bank sent this payment back: the invoices it paid are unpaid again</source>
        <translation>La banque a rejeté ce paiement&#xa0;: les factures qu&apos;il réglait redeviennent impayées</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="205"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="208"/>
        <source>Messages ({count})</source>
        <translation>Messages ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="212"/>
        <source>SEPA mandates</source>
        <translation>Mandats SEPA</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="474"/>
        <source>SEPA mandates ({count})</source>
        <translation>Mandats SEPA ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="308"/>
        <source>contact: {name}</source>
        <translation>contact&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="310"/>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="317"/>
        <source>no e-mail</source>
        <translation>pas d&apos;e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="319"/>
        <source>Pays by: {method}</source>
        <translation>Mode de paiement&#xa0;: {method}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="324"/>
        <source>SIREN {siren}</source>
        <translation>SIREN {siren}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="328"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="328"/>
        <source>Archive…</source>
        <translation>Archiver…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="340"/>
        <source>Owes {amount}</source>
        <translation>Doit {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="343"/>
        <source>In credit: {amount}</source>
        <translation>Solde créditeur&#xa0;: {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="346"/>
        <source>Nothing owed</source>
        <translation>Aucune somme due</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="350"/>
        <source>Unpaid invoices: {owed}
Credit to use: {credit}</source>
        <translation>Factures impayées&#xa0;: {owed}
Crédit à utiliser&#xa0;: {credit}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="359"/>
        <source>ended {day}</source>
        <translation>terminé le {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="381"/>
        <source>Subscriptions ({count})</source>
        <translation>Abonnements ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="392"/>
        <source>(draft)</source>
        <translation>(brouillon)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="411"/>
        <source>Invoices ({count})</source>
        <translation>Factures ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="439"/>
        <source>Payments ({count})</source>
        <translation>Paiements ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/detail.py" line="486"/>
        <source>The latest {shown} of {total} are listed here.</source>
        <translation>Seuls les {shown} plus récents sur {total} sont affichés ici.</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../desktop/cadence/ui/customers/dialog.py" line="64"/>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/dialog.py" line="66"/>
        <source>Customer: {name}</source>
        <translation>Client&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/dialog.py" line="70"/>
        <source>Individual</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/dialog.py" line="71"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/dialog.py" line="84"/>
        <source>Who you deal with there</source>
        <translation>Votre interlocuteur chez ce client</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/dialog.py" line="86"/>
        <source>name@example.fr</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/dialog.py" line="89"/>
        <source>9 digits</source>
        <translation>9 chiffres</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/dialog.py" line="91"/>
        <source>FR + 11 characters</source>
        <translation>FR + 11 caractères</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/dialog.py" line="97"/>
        <source>Only you see these notes</source>
        <translation>Vous seul voyez ces notes</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/dialog.py" line="104"/>
        <source>Customer is</source>
        <translation>Type de client</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/dialog.py" line="107"/>
        <source>Contact person</source>
        <translation>Personne à contacter</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/dialog.py" line="108"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/dialog.py" line="109"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/dialog.py" line="110"/>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/dialog.py" line="111"/>
        <source>VAT number</source>
        <translation>Numéro de TVA</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/dialog.py" line="112"/>
        <source>Documents in</source>
        <translation>Langue des documents</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/dialog.py" line="113"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/dialog.py" line="117"/>
        <source>Number and street</source>
        <translation>Numéro et rue</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/dialog.py" line="119"/>
        <source>Building, floor… (optional)</source>
        <translation>Bâtiment, étage… (facultatif)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/dialog.py" line="124"/>
        <source>Deliver to another address</source>
        <translation>Livrer à une autre adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/dialog.py" line="130"/>
        <source>Same as the billing address</source>
        <translation>Identique à l&apos;adresse de facturation</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/dialog.py" line="135"/>
        <source>Needed for direct debit</source>
        <translation>Nécessaire pour le prélèvement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/dialog.py" line="137"/>
        <source>Send invoices by e-mail</source>
        <translation>Envoyer les factures par e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/dialog.py" line="140"/>
        <source>Billing address</source>
        <translation>Adresse de facturation</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/dialog.py" line="142"/>
        <location filename="../../desktop/cadence/ui/customers/dialog.py" line="148"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/dialog.py" line="143"/>
        <location filename="../../desktop/cadence/ui/customers/dialog.py" line="149"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/dialog.py" line="144"/>
        <location filename="../../desktop/cadence/ui/customers/dialog.py" line="150"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/dialog.py" line="146"/>
        <source>Delivery address</source>
        <translation>Adresse de livraison</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/dialog.py" line="151"/>
        <source>Pays by</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/dialog.py" line="152"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/dialog.py" line="153"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/dialog.py" line="157"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/dialog.py" line="159"/>
        <source>Address and payment</source>
        <translation>Adresse et paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/dialog.py" line="288"/>
        <source>Company name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/dialog.py" line="288"/>
        <source>Full name</source>
        <translation>Nom et prénom</translation>
    </message>
</context>
<context>
    <name>CustomerLabels</name>
    <message>
        <location filename="../../desktop/cadence/ui/customers/labels.py" line="25"/>
        <source>Individual</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/labels.py" line="26"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/labels.py" line="37"/>
        <source>Bank transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/labels.py" line="38"/>
        <source>Direct debit (SEPA)</source>
        <translation>Prélèvement (SEPA)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/labels.py" line="41"/>
        <source>Card</source>
        <translation>Carte bancaire</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/labels.py" line="42"/>
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/labels.py" line="43"/>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/labels.py" line="44"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/labels.py" line="50"/>
        <source>Trial</source>
        <translation>Essai</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/labels.py" line="51"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/labels.py" line="52"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/labels.py" line="53"/>
        <source>Past due</source>
        <translation>Impayé</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/labels.py" line="54"/>
        <source>Ending</source>
        <translation>Résiliation programmée</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/labels.py" line="57"/>
        <source>Cancelled</source>
        <translation>Résilié</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/labels.py" line="58"/>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/labels.py" line="72"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/labels.py" line="73"/>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/labels.py" line="79"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/labels.py" line="82"/>
        <location filename="../../desktop/cadence/ui/customers/labels.py" line="87"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/labels.py" line="84"/>
        <source>Issued</source>
        <translation>Émis</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/labels.py" line="88"/>
        <source>To be paid</source>
        <translation>À payer</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/labels.py" line="89"/>
        <source>Partly paid</source>
        <translation>Payée en partie</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/labels.py" line="90"/>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/labels.py" line="91"/>
        <source>Cancelled by credit note</source>
        <translation>Annulée par avoir</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/labels.py" line="109"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/labels.py" line="110"/>
        <source>Returned by the bank</source>
        <translation>Rejeté par la banque</translation>
    </message>
</context>
<context>
    <name>CustomerMandates</name>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandates.py" line="37"/>
        <source>Reference (RUM)</source>
        <translation>Référence (RUM)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandates.py" line="38"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandates.py" line="39"/>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandates.py" line="40"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandates.py" line="41"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandates.py" line="48"/>
        <source>No mandate yet. To collect this customer&apos;s invoices by SEPA direct debit, record the mandate they signed.</source>
        <translation>Aucun mandat pour l&apos;instant. Pour prélever les factures de ce client, enregistrez le mandat SEPA qu&apos;il a signé.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandates.py" line="54"/>
        <source>Add a mandate…</source>
        <translation>Ajouter un mandat…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandates.py" line="55"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandates.py" line="56"/>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandates.py" line="150"/>
        <source>Mandate {reference} is in force: revoke it first to record another.</source>
        <translation>Le mandat {reference} est en vigueur&#xa0;: révoquez-le avant d&apos;en enregistrer un autre.</translation>
    </message>
</context>
<context>
    <name>CustomerMessages</name>
    <message>
        <location filename="../../desktop/cadence/ui/customers/correspondence.py" line="47"/>
        <source>Written</source>
        <translation>Rédigé le</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/correspondence.py" line="47"/>
        <source>What</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/correspondence.py" line="47"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/correspondence.py" line="47"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/correspondence.py" line="63"/>
        <source>Show in Messages</source>
        <translation>Afficher dans Messages</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/correspondence.py" line="64"/>
        <source>Read it, send it or print it in the Messages tab</source>
        <translation>Le lire, l&apos;envoyer ou l&apos;imprimer dans l&apos;onglet Messages</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/correspondence.py" line="67"/>
        <source>Open the attachment</source>
        <translation>Ouvrir la pièce jointe</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/correspondence.py" line="177"/>
        <source>The attachment could not be written: {problem}</source>
        <translation>La pièce jointe n&apos;a pas pu être enregistrée&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/customer_picker.py" line="37"/>
        <source>Type a name, an e-mail, a city…</source>
        <translation>Saisissez un nom, un e-mail, une ville…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/customer_picker.py" line="103"/>
        <source>No customer matches “{text}”</source>
        <translation>Aucun client ne correspond à «&#xa0;{text}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <location filename="../../desktop/cadence/ui/customers/tab.py" line="97"/>
        <source>Search by name, e-mail, city, postcode, SIREN…</source>
        <translation>Rechercher par nom, e-mail, ville, code postal, SIREN…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/tab.py" line="104"/>
        <source>Show archived</source>
        <translation>Afficher les archivés</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/tab.py" line="106"/>
        <source>New customer…</source>
        <translation>Nouveau client…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/tab.py" line="144"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/tab.py" line="145"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/tab.py" line="147"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/tab.py" line="152"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/tab.py" line="153"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/tab.py" line="154"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/tab.py" line="156"/>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/tab.py" line="159"/>
        <source>Running subscriptions: {count}</source>
        <translation>Abonnements en cours&#xa0;: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/tab.py" line="163"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/tab.py" line="168"/>
        <source>owes {amount}</source>
        <translation>doit {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/tab.py" line="170"/>
        <source>credit {amount}</source>
        <translation>crédit {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/tab.py" line="176"/>
        <location filename="../../desktop/cadence/ui/customers/tab.py" line="357"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/tab.py" line="194"/>
        <source>{name} is already archived.</source>
        <translation>Le client {name} est déjà archivé.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/tab.py" line="269"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/tab.py" line="270"/>
        <source>Statement PDF…</source>
        <translation>Relevé de compte PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/tab.py" line="273"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/tab.py" line="275"/>
        <source>Archive…</source>
        <translation>Archiver…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/tab.py" line="303"/>
        <source>{name} is archived.</source>
        <translation>Le client {name} est archivé.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/tab.py" line="308"/>
        <source>Archive a customer</source>
        <translation>Archiver un client</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/tab.py" line="310"/>
        <source>Archive {name}? They leave the everyday lists; their invoices and payments are kept, and you can restore them at any time.</source>
        <translation>Archiver {name}&#xa0;? Ce client quitte les listes courantes&#xa0;; ses factures et ses paiements sont conservés, et vous pouvez le restaurer à tout moment.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/tab.py" line="313"/>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/tab.py" line="325"/>
        <source>{name} is restored.</source>
        <translation>Le client {name} est restauré.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/tab.py" line="342"/>
        <source>Statement written to {path}</source>
        <translation>Relevé enregistré dans {path}</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/detail.py" line="85"/>
        <source>Select a subscription to see its invoices and its history.</source>
        <translation>Sélectionnez un abonnement pour voir ses factures et son historique.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/detail.py" line="92"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/detail.py" line="93"/>
        <source>Plan</source>
        <translation>Formule</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/detail.py" line="94"/>
        <location filename="../../desktop/cadence/ui/subscriptions/detail.py" line="134"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/detail.py" line="95"/>
        <source>Price excl. VAT</source>
        <translation>Prix HT</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/detail.py" line="96"/>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/detail.py" line="97"/>
        <source>Monthly revenue</source>
        <translation>MRR</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/detail.py" line="98"/>
        <source>Started on</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/detail.py" line="99"/>
        <source>Free trial</source>
        <translation>Essai gratuit</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/detail.py" line="100"/>
        <source>Committed until</source>
        <translation>Engagé jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/detail.py" line="101"/>
        <source>Next invoice</source>
        <translation>Prochaine facture</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/detail.py" line="102"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/detail.py" line="103"/>
        <source>Planned change</source>
        <translation>Changement prévu</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/detail.py" line="104"/>
        <source>Cancellation</source>
        <translation>Résiliation</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/detail.py" line="105"/>
        <source>Last day of service</source>
        <translation>Dernier jour de service</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/detail.py" line="106"/>
        <source>Customer&apos;s reference</source>
        <translation>Référence du client</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/detail.py" line="107"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/detail.py" line="129"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/detail.py" line="134"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/detail.py" line="134"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/detail.py" line="134"/>
        <source>Incl. VAT</source>
        <translation>TTC</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/detail.py" line="136"/>
        <source>Double-click an invoice to open it</source>
        <translation>Double-cliquez sur une facture pour l&apos;ouvrir</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/detail.py" line="143"/>
        <source>Invoices and credit notes</source>
        <translation>Factures et avoirs</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/detail.py" line="138"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/detail.py" line="138"/>
        <source>What happened</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/detail.py" line="144"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/detail.py" line="202"/>
        <source>Invoices and credit notes ({count})</source>
        <translation>Factures et avoirs ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/detail.py" line="204"/>
        <source>History ({count})</source>
        <translation>Historique ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/detail.py" line="236"/>
        <source>{price} × {quantity}</source>
        <translation>{price} × {quantity}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/detail.py" line="238"/>
        <source>{price} (negotiated)</source>
        <translation>{price} (négocié)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/detail.py" line="249"/>
        <source>{value} on every invoice</source>
        <translation>{value} sur chaque facture</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/detail.py" line="251"/>
        <source>{value} on the first {count} invoices</source>
        <translation>{value} sur les {count} premières factures</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/detail.py" line="260"/>
        <source>until {day}</source>
        <translation>jusqu&apos;au {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/detail.py" line="272"/>
        <source>from {start} until resumed</source>
        <translation>à partir du {start}, jusqu&apos;à nouvel ordre</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/detail.py" line="274"/>
        <source>from {start}; service resumes on {end}</source>
        <translation>à partir du {start}&#xa0;; reprise du service le {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/detail.py" line="282"/>
        <source>{plan}, quantity {quantity}, from {day}</source>
        <translation>{plan}, quantité {quantity}, à partir du {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/detail.py" line="290"/>
        <source>last day of service {day}</source>
        <translation>dernier jour de service le {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/detail.py" line="294"/>
        <source>{when} — {reason}</source>
        <translation>{when} — {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/detail.py" line="302"/>
        <source>{day} — {reason}</source>
        <translation>{day} — {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/detail.py" line="317"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/detail.py" line="319"/>
        <source>{number} (credit note)</source>
        <translation>{number} (avoir)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/detail.py" line="324"/>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/detail.py" line="328"/>
        <source>corrects {number}</source>
        <translation>corrige {number}</translation>
    </message>
</context>
<context>
    <name>DirectDebit</name>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="155"/>
        <source>pain.008.001.08 (current banks)</source>
        <translation>pain.008.001.08 (format actuel des banques)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="159"/>
        <source>pain.008.001.02 (older bank software)</source>
        <translation>pain.008.001.02 (anciens logiciels bancaires)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="166"/>
        <source>Collected (confirmed on {day})</source>
        <translation>Prélevé (confirmé le {day})</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="170"/>
        <source>Cancelled on {day}</source>
        <translation>Annulé le {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="171"/>
        <source>Requested, waiting for the bank</source>
        <translation>Demandé, en attente de la banque</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="176"/>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="177"/>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="178"/>
        <source>Returned by the bank</source>
        <translation>Rejeté par la banque</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="179"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="206"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="207"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="208"/>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="209"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="210"/>
        <source>Mandate</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="211"/>
        <source>Collection</source>
        <translation>Prélèvement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="285"/>
        <source>{sequence} · not announced</source>
        <translation>{sequence} · non annoncé</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="318"/>
        <source>The customer was not told this invoice would be debited: its PDF asks for a payment by transfer (issued before the mandate), or its debit came back. Tick it only if you warned them, at least 14 days before.</source>
        <translation>Le client n&apos;a pas été prévenu que cette facture serait prélevée&#xa0;: son PDF demande un règlement par virement (émise avant le mandat), ou son prélèvement a été rejeté. Cochez-la seulement si vous l&apos;avez prévenu, au moins 14 jours avant.</translation>
    </message>
</context>
<context>
    <name>DiscountField</name>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/new_dialog.py" line="57"/>
        <source>No discount</source>
        <translation>Aucune remise</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/new_dialog.py" line="57"/>
        <source>Percentage</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/new_dialog.py" line="57"/>
        <source>Amount off, excl. VAT</source>
        <translation>Montant déduit, HT</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/new_dialog.py" line="64"/>
        <source>on every invoice</source>
        <translation>sur chaque facture</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/new_dialog.py" line="64"/>
        <source>on the first invoices only:</source>
        <translation>sur les premières factures seulement&#xa0;:</translation>
    </message>
</context>
<context>
    <name>EmailPage</name>
    <message>
        <location filename="../../desktop/cadence/ui/setup/email_settings.py" line="79"/>
        <source>e.g. smtp.orange.fr</source>
        <translation>ex.&#xa0;: smtp.orange.fr</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/email_settings.py" line="81"/>
        <source>STARTTLS (usual, port 587)</source>
        <translation>STARTTLS (habituel, port 587)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/email_settings.py" line="82"/>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (port 465)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/email_settings.py" line="83"/>
        <source>None: your own network only (port 25)</source>
        <translation>Aucune (réseau local, port 25)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/email_settings.py" line="86"/>
        <source>How the connection is protected; your provider says which one to use. “None” sends your password unprotected: only for a server on your own network.</source>
        <translation>La protection de la connexion&#xa0;; votre fournisseur indique laquelle choisir. «&#xa0;Aucune&#xa0;» envoie votre mot de passe sans protection&#xa0;: seulement pour un serveur de votre propre réseau.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/email_settings.py" line="97"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/email_settings.py" line="102"/>
        <source>Your e-mail provider gives these settings, often under “SMTP” or “outgoing mail server”.</source>
        <translation>Votre fournisseur de messagerie donne ces paramètres, souvent sous «&#xa0;SMTP&#xa0;» ou «&#xa0;serveur sortant&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/email_settings.py" line="107"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/email_settings.py" line="108"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/email_settings.py" line="110"/>
        <source>Outgoing mail server</source>
        <translation>Serveur de courrier sortant</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/email_settings.py" line="113"/>
        <source>Usually your e-mail address</source>
        <translation>En général, votre adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/email_settings.py" line="118"/>
        <source>User name</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/email_settings.py" line="119"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/email_settings.py" line="124"/>
        <source>Kept in this computer&apos;s keyring, never in Cadence&apos;s file. Leave both empty if your server needs no sign-in.</source>
        <translation>Conservé dans le trousseau de cet ordinateur, jamais dans le fichier de Cadence. Laissez les deux champs vides si votre serveur ne demande pas d&apos;identification.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/email_settings.py" line="130"/>
        <source>Sign-in</source>
        <translation>Identification</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/email_settings.py" line="133"/>
        <source>e.g. factures@atelier-nuage.fr</source>
        <translation>ex.&#xa0;: factures@atelier-nuage.fr</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/email_settings.py" line="134"/>
        <source>e.g. Atelier Nuage</source>
        <translation>ex.&#xa0;: Atelier Nuage</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/email_settings.py" line="135"/>
        <source>Send me a copy of every message</source>
        <translation>M&apos;envoyer une copie de chaque message</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/email_settings.py" line="138"/>
        <source>Sender address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/email_settings.py" line="139"/>
        <source>Sender name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/email_settings.py" line="146"/>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/email_settings.py" line="149"/>
        <source>The address to send the test to</source>
        <translation>L&apos;adresse à laquelle envoyer l&apos;essai</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/email_settings.py" line="150"/>
        <source>Send test e-mail</source>
        <translation>Envoyer un e-mail d&apos;essai</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/email_settings.py" line="158"/>
        <source>Send to</source>
        <translation>Envoyer à</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/email_settings.py" line="163"/>
        <source>The test uses the settings as typed here, before you save them.</source>
        <translation>L&apos;essai utilise les paramètres tels que saisis ici, avant même leur enregistrement.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/email_settings.py" line="165"/>
        <source>Test</source>
        <translation>Essai</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/email_settings.py" line="185"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/email_settings.py" line="189"/>
        <source>The server Cadence sends invoices and reminders through. Without one, Cadence still prepares every message for you to print or to open in your mail program.</source>
        <translation>Le serveur par lequel Cadence envoie les factures et les relances. Sans serveur, Cadence prépare quand même chaque message, pour que vous l&apos;imprimiez ou l&apos;ouvriez dans votre messagerie.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/email_settings.py" line="224"/>
        <source>The copy goes to your business&apos;s address, {email}.</source>
        <translation>La copie part à l&apos;adresse de votre entreprise, {email}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/email_settings.py" line="226"/>
        <source>The copy goes to your business&apos;s address: enter it in “Your business”.</source>
        <translation>La copie part à l&apos;adresse de votre entreprise&#xa0;: saisissez-la dans «&#xa0;Votre entreprise&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/email_settings.py" line="293"/>
        <source>Enter the address to send the test to.</source>
        <translation>Saisissez l&apos;adresse à laquelle envoyer l&apos;essai.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/email_settings.py" line="312"/>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/email_settings.py" line="316"/>
        <source>Sent to {to}: check that it arrived.</source>
        <translation>Envoyé à {to}&#xa0;: vérifiez qu&apos;il est bien arrivé.</translation>
    </message>
</context>
<context>
    <name>ExportSubscribersDialog</name>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/export_dialog.py" line="97"/>
        <source>Export subscribers</source>
        <translation>Exporter les abonnés</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/export_dialog.py" line="114"/>
        <source>Renews between</source>
        <translation>Entre le</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/export_dialog.py" line="118"/>
        <source>and</source>
        <translation>et le</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/export_dialog.py" line="125"/>
        <source>Only customers with an e-mail address</source>
        <translation>Seulement les clients ayant une adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/export_dialog.py" line="127"/>
        <source>Include archived customers</source>
        <translation>Inclure les clients archivés</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/export_dialog.py" line="130"/>
        <location filename="../../desktop/cadence/ui/subscriptions/export_dialog.py" line="236"/>
        <source>Counting…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/export_dialog.py" line="139"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/export_dialog.py" line="144"/>
        <source>Plans</source>
        <translation>Formules</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/export_dialog.py" line="145"/>
        <source>None ticked: every plan.</source>
        <translation>Aucune formule cochée&#xa0;: toutes les formules.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/export_dialog.py" line="146"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/export_dialog.py" line="147"/>
        <source>None ticked: every running subscription.</source>
        <translation>Aucun statut coché&#xa0;: tous les abonnements en cours.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/export_dialog.py" line="148"/>
        <source>Renewal</source>
        <translation>Reconduction</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/export_dialog.py" line="153"/>
        <source>The next renewal, or the end of a fixed term; both days included. A subscription that ends before it renews is left out.</source>
        <translation>La prochaine reconduction, ou la fin d&apos;un contrat à durée déterminée&#xa0;; les deux dates incluses. Un abonnement qui prend fin avant d&apos;être reconduit est exclu.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/export_dialog.py" line="158"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/export_dialog.py" line="160"/>
        <source>Selected</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/export_dialog.py" line="161"/>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/export_dialog.py" line="170"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/export_dialog.py" line="178"/>
        <source>One line per subscription, with the customer&apos;s name, e-mail address, language and city, the plan, the status, the next renewal and the MRR: a CSV file that e-mail marketing tools and spreadsheets import.</source>
        <translation>Une ligne par abonnement, avec le nom du client, son adresse e-mail, sa langue et sa ville, la formule, le statut, la prochaine reconduction et le MRR&#xa0;: un fichier CSV que les outils d&apos;e-mailing et les tableurs savent importer.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/export_dialog.py" line="205"/>
        <source>{name} (no longer sold)</source>
        <translation>{name} (plus en vente)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cadence/ui/subscriptions/export_dialog.py" line="254"/>
        <source>%n subscription(s)</source>
        <translation>
            <numerusform>%n abonnement</numerusform>
            <numerusform>%n abonnements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/export_dialog.py" line="267"/>
        <source>Export the subscribers as</source>
        <translation>Exporter les abonnés sous</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/export_dialog.py" line="269"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/export_dialog.py" line="279"/>
        <source>Choose where to save the file.</source>
        <translation>Choisissez où enregistrer le fichier.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/export_dialog.py" line="286"/>
        <source>{path} is a folder: give a file name.</source>
        <translation>{path} est un dossier&#xa0;: indiquez un nom de fichier.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/export_dialog.py" line="308"/>
        <source>The file could not be written to {path}: {problem}</source>
        <translation>Le fichier n&apos;a pas pu être enregistré dans {path}&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/filters.py" line="57"/>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/filters.py" line="58"/>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/filters.py" line="59"/>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/filters.py" line="60"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/filters.py" line="61"/>
        <source>Last year</source>
        <translation>L&apos;année dernière</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/filters.py" line="62"/>
        <source>Between two dates</source>
        <translation>Entre deux dates</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/filters.py" line="78"/>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/filters.py" line="81"/>
        <source>Issued:</source>
        <translation>Date d&apos;émission&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/filters.py" line="83"/>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/filters.py" line="84"/>
        <source>to</source>
        <translation>au</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desktop/cadence/ui/setup/wizard.py" line="95"/>
        <source>Setting up Cadence</source>
        <translation>Configuration de Cadence</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/wizard.py" line="98"/>
        <source>&amp;Save and start</source>
        <translation>&amp;Enregistrer et commencer</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/wizard.py" line="111"/>
        <source>{subtitle} You can change all of this later in the settings.</source>
        <translation>{subtitle} Vous pourrez tout modifier plus tard dans les paramètres.</translation>
    </message>
</context>
<context>
    <name>ForecastSection</name>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="721"/>
        <source>The invoices billing will issue after today, month by month, from the billing engine itself: trials converting, fixed terms ending, scheduled cancellations, pauses and plan changes taken into account.</source>
        <translation>Les factures que la facturation émettra après aujourd&apos;hui, mois par mois, calculées par le moteur de facturation lui-même&#xa0;: fins d&apos;essai, fins de durée fixe, résiliations programmées, pauses et changements de formule compris.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="731"/>
        <source>Invoices expected, excl. VAT ({currency})</source>
        <translation>Facturation prévue, HT ({currency})</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="733"/>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="739"/>
        <source>Excl. VAT</source>
        <translation>HT</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="739"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="739"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="739"/>
        <source>VAT incl.</source>
        <translation>TTC</translation>
    </message>
</context>
<context>
    <name>GrowthSection</name>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="426"/>
        <source>Active subscriptions and customers</source>
        <translation>Abonnements et clients actifs</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="429"/>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="430"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="413"/>
        <source>Paying subscriptions and the customers who have one, at the end of each month; the subscriptions started each month (trials included, by plan in the table) and those that ended.</source>
        <translation>Les abonnements payants et les clients qui en ont un, à la fin de chaque mois&#xa0;; les abonnements commencés chaque mois (essais compris, par formule dans le tableau) et ceux qui se sont terminés.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="440"/>
        <source>Subscriptions started and ended</source>
        <translation>Abonnements commencés et terminés</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="445"/>
        <source>Started</source>
        <translation>Commencés</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="463"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="464"/>
        <source>Active subscriptions</source>
        <translation>Abonnements actifs</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="465"/>
        <source>Active customers</source>
        <translation>Clients actifs</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="466"/>
        <source>In trial</source>
        <translation>En essai</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="467"/>
        <source>New subscriptions</source>
        <translation>Nouveaux abonnements</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="451"/>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="468"/>
        <source>Ended</source>
        <translation>Terminés</translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="62"/>
        <source>As registered, e.g. Atelier Nuage SAS</source>
        <translation>Telle qu&apos;immatriculée, ex.&#xa0;: Atelier Nuage SAS</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="63"/>
        <source>Only if you trade under another name</source>
        <translation>Uniquement si vous exercez sous un autre nom</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="67"/>
        <source>Pick one, or type another</source>
        <translation>Choisissez-en une, ou saisissez-en une autre</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="68"/>
        <source>Companies only, e.g. 10000</source>
        <translation>Sociétés uniquement, ex.&#xa0;: 10000</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="69"/>
        <source>9 digits</source>
        <translation>9 chiffres</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="70"/>
        <source>14 digits: the SIREN and the establishment</source>
        <translation>14 chiffres&#xa0;: le SIREN et le numéro d&apos;établissement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="71"/>
        <source>e.g. RCS Lyon, or RM 69 for craftspeople</source>
        <translation>ex.&#xa0;: RCS Lyon, ou RM 69 pour les artisans</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="73"/>
        <source>Number and street</source>
        <translation>Numéro et rue</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="74"/>
        <source>Building, floor… (optional)</source>
        <translation>Bâtiment, étage… (facultatif)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="85"/>
        <source>e.g. billing@atelier-nuage.fr</source>
        <translation>ex.&#xa0;: facturation@atelier-nuage.fr</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="86"/>
        <source>e.g. 04 78 12 34 56</source>
        <translation>ex.&#xa0;: 04 78 12 34 56</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="87"/>
        <source>e.g. www.atelier-nuage.fr</source>
        <translation>ex.&#xa0;: www.atelier-nuage.fr</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="90"/>
        <source>Legal name *</source>
        <translation>Dénomination sociale *</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="91"/>
        <source>Trade name</source>
        <translation>Nom commercial</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="92"/>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="93"/>
        <source>Share capital (€)</source>
        <translation>Capital social (€)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="94"/>
        <source>SIREN *</source>
        <translation>SIREN *</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="95"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="96"/>
        <source>Registration</source>
        <translation>Immatriculation</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="110"/>
        <source>Address *</source>
        <translation>Adresse *</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="111"/>
        <source>Address, continued</source>
        <translation>Complément d&apos;adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="112"/>
        <source>Postal code *</source>
        <translation>Code postal *</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="113"/>
        <source>City *</source>
        <translation>Ville *</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="114"/>
        <source>Country *</source>
        <translation>Pays *</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="115"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="116"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="117"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="131"/>
        <source>Legal identity</source>
        <translation>Identité juridique</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="133"/>
        <source>Address and contact</source>
        <translation>Adresse et coordonnées</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="141"/>
        <source>Fields marked * are required.</source>
        <translation>Les champs marqués d&apos;un * sont obligatoires.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="145"/>
        <source>Your business</source>
        <translation>Votre entreprise</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="149"/>
        <source>French law requires these details on every invoice: they are printed in the seller&apos;s block.</source>
        <translation>Ce sont des mentions obligatoires sur chaque facture&#xa0;: elles sont imprimées dans le bloc du vendeur.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="181"/>
        <source>“{value}” is not an amount; type it as 10000 or 1500.50</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un montant&#xa0;; saisissez-le sous la forme 10000 ou 1500,50</translation>
    </message>
</context>
<context>
    <name>Invoices</name>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/labels.py" line="19"/>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/labels.py" line="21"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/labels.py" line="30"/>
        <location filename="../../desktop/cadence/ui/invoices/labels.py" line="41"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/labels.py" line="32"/>
        <source>Issued</source>
        <translation>Émis</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/labels.py" line="36"/>
        <source>Overdue, partly paid</source>
        <translation>En retard, payée en partie</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/labels.py" line="38"/>
        <location filename="../../desktop/cadence/ui/invoices/labels.py" line="54"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/labels.py" line="42"/>
        <location filename="../../desktop/cadence/ui/invoices/labels.py" line="55"/>
        <source>Awaiting payment</source>
        <translation>En attente de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/labels.py" line="43"/>
        <location filename="../../desktop/cadence/ui/invoices/labels.py" line="56"/>
        <source>Partly paid</source>
        <translation>Payée en partie</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/labels.py" line="44"/>
        <location filename="../../desktop/cadence/ui/invoices/labels.py" line="57"/>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/labels.py" line="45"/>
        <location filename="../../desktop/cadence/ui/invoices/labels.py" line="58"/>
        <source>Credited</source>
        <translation>Annulée par avoir</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/labels.py" line="52"/>
        <source>All documents</source>
        <translation>Tous les documents</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/labels.py" line="53"/>
        <source>Unpaid</source>
        <translation>Non payées</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/labels.py" line="59"/>
        <source>Credit notes</source>
        <translation>Avoirs</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/labels.py" line="65"/>
        <source>Bank transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/labels.py" line="66"/>
        <source>Direct debit</source>
        <translation>Prélèvement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/labels.py" line="67"/>
        <source>Card</source>
        <translation>Carte bancaire</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/labels.py" line="68"/>
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/labels.py" line="69"/>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/labels.py" line="70"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>InvoicesTab</name>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/tab.py" line="102"/>
        <source>Search by number or customer</source>
        <translation>Rechercher par numéro ou par client</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/tab.py" line="116"/>
        <source>No document matches this search and these filters.</source>
        <translation>Aucun document ne correspond à cette recherche et à ces filtres.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/tab.py" line="203"/>
        <source>Direct debit to request</source>
        <translation>Prélèvement à demander</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/tab.py" line="204"/>
        <source>{status} · direct debit to request</source>
        <translation>{status} · prélèvement à demander</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/tab.py" line="210"/>
        <source>Collection requested</source>
        <translation>Prélèvement demandé</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/tab.py" line="211"/>
        <source>{status} · collection requested</source>
        <translation>{status} · prélèvement demandé</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/tab.py" line="216"/>
        <source>Collection requested from the bank (batch {reference})</source>
        <translation>Prélèvement demandé à la banque (lot {reference})</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/tab.py" line="224"/>
        <source>Due on {day}, announced to the customer as debited: not in a batch yet (Direct debit…)</source>
        <translation>Échéance le {day}, prélèvement annoncé au client&#xa0;: pas encore dans un lot (Prélèvements…)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cadence/ui/invoices/tab.py" line="231"/>
        <source>Due on {day}: %n day(s) late</source>
        <translation>
            <numerusform>Échéance le {day}&#xa0;: %n jour de retard</numerusform>
            <numerusform>Échéance le {day}&#xa0;: %n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/tab.py" line="238"/>
        <source>Corrects invoice {number}</source>
        <translation>Corrige la facture {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/tab.py" line="242"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/tab.py" line="242"/>
        <source>(draft)</source>
        <translation>(brouillon)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/tab.py" line="243"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/tab.py" line="245"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/tab.py" line="247"/>
        <source>Issued on</source>
        <translation>Date d&apos;émission</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/tab.py" line="248"/>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/tab.py" line="249"/>
        <source>Total incl. VAT</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/tab.py" line="250"/>
        <source>Left to pay</source>
        <translation>Reste à payer</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/tab.py" line="251"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/tab.py" line="296"/>
        <source>No document selected</source>
        <translation>Aucun document sélectionné</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/tab.py" line="301"/>
        <source>{kind} {number} — {customer}</source>
        <translation>{kind} {number} — {customer}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/tab.py" line="350"/>
        <source>The PDF of {number} is written: {path}</source>
        <translation>Le PDF de {number} est enregistré&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/tab.py" line="375"/>
        <source>Show the PDF</source>
        <translation>Afficher le PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/tab.py" line="376"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/tab.py" line="377"/>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/tab.py" line="378"/>
        <source>Record a payment…</source>
        <translation>Enregistrer un paiement…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/tab.py" line="379"/>
        <source>Credit note…</source>
        <translation>Émettre un avoir…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/tab.py" line="380"/>
        <source>Show the customer</source>
        <translation>Afficher le client</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/tab.py" line="382"/>
        <source>Show the corrected invoice</source>
        <translation>Afficher la facture corrigée</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/tab.py" line="384"/>
        <source>Direct debit…</source>
        <translation>Prélèvements…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/tab.py" line="386"/>
        <source>Collect the open invoices of customers who pay by SEPA direct debit</source>
        <translation>Prélever les factures ouvertes des clients qui paient par prélèvement SEPA</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/tab.py" line="388"/>
        <source>Print this document (Ctrl+P)</source>
        <translation>Imprimer ce document (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/tab.py" line="389"/>
        <source>Open the folder that holds this PDF</source>
        <translation>Ouvrir le dossier qui contient ce PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/tab.py" line="443"/>
        <source>The PDF of {number} is not ready: write it first, then print it.</source>
        <translation>Le PDF de {number} n&apos;est pas prêt&#xa0;: générez-le d&apos;abord, puis imprimez-le.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/tab.py" line="454"/>
        <source>{number} was sent to the printer.</source>
        <translation>{number} a été envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/tab.py" line="463"/>
        <source>The folder {folder} does not exist any more.</source>
        <translation>Le dossier {folder} n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/tab.py" line="486"/>
        <source>Payment of {amount} recorded for {number}.</source>
        <translation>Paiement de {amount} enregistré pour {number}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/tab.py" line="490"/>
        <source>{amount} is kept as {customer}&apos;s credit.</source>
        <translation>{amount} reste au crédit de {customer}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/tab.py" line="517"/>
        <source>Credit note issued</source>
        <translation>Avoir émis</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/tab.py" line="519"/>
        <source>Credit note {number} is issued for {amount} incl. VAT, correcting invoice {invoice}. Its PDF is written in the background.</source>
        <translation>L&apos;avoir {number} est émis pour {amount} TTC et corrige la facture {invoice}. Son PDF est généré en arrière-plan.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/tab.py" line="542"/>
        <source>Batch {reference} written: {total} to collect on {day}.</source>
        <translation>Lot {reference} généré&#xa0;: {total} à prélever le {day}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/tab.py" line="564"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/tab.py" line="573"/>
        <source>An issued invoice is never deleted: to cancel or correct it, issue a credit note.</source>
        <translation>Une facture émise n&apos;est jamais supprimée&#xa0;: pour l&apos;annuler ou la corriger, émettez un avoir.</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../desktop/cadence/ui/plans/item_dialog.py" line="67"/>
        <source>New item</source>
        <translation>Nouvel article</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/item_dialog.py" line="69"/>
        <source>Item: {name}</source>
        <translation>Article&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/item_dialog.py" line="72"/>
        <source>What you sell, as invoices name it</source>
        <translation>Ce que vous vendez, tel que les factures le désignent</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/item_dialog.py" line="75"/>
        <source>A service</source>
        <translation>Une prestation de services</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/item_dialog.py" line="76"/>
        <source>Goods (delivered products)</source>
        <translation>Des biens (produits livrés)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/item_dialog.py" line="79"/>
        <source>box, licence, hour… (optional)</source>
        <translation>boîte, licence, heure… (facultatif)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/item_dialog.py" line="84"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/item_dialog.py" line="85"/>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/item_dialog.py" line="86"/>
        <source>VAT rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/item_dialog.py" line="87"/>
        <source>Sold by the</source>
        <translation>Unité de vente</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/item_dialog.py" line="88"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>LineDetail</name>
    <message>
        <location filename="../../desktop/cadence/ui/bank/detail.py" line="74"/>
        <source>Select a line to see what the bank&apos;s file says about it.</source>
        <translation>Sélectionnez une ligne pour voir ce qu&apos;en dit le fichier de la banque.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/detail.py" line="99"/>
        <source>Label:</source>
        <translation>Libellé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/detail.py" line="100"/>
        <source>Payer:</source>
        <translation>Payeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/detail.py" line="101"/>
        <source>Payer&apos;s IBAN:</source>
        <translation>IBAN du payeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/detail.py" line="102"/>
        <source>Fee kept:</source>
        <translation>Frais retenus&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/detail.py" line="103"/>
        <source>Bank reference:</source>
        <translation>Référence bancaire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/detail.py" line="104"/>
        <source>End-to-end id:</source>
        <translation>Référence de bout en bout&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/detail.py" line="105"/>
        <source>Value date:</source>
        <translation>Date de valeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/detail.py" line="106"/>
        <source>Return reason:</source>
        <translation>Motif du rejet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/detail.py" line="107"/>
        <source>Debit returned:</source>
        <translation>Prélèvement rejeté&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/detail.py" line="108"/>
        <source>From the file:</source>
        <translation>Provenance&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/detail.py" line="135"/>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/detail.py" line="136"/>
        <source>Record it as Cadence suggests</source>
        <translation>L&apos;enregistrer comme Cadence le propose</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/detail.py" line="137"/>
        <source>Correct…</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/detail.py" line="138"/>
        <source>Say yourself whose money it is and what it pays</source>
        <translation>Indiquer vous-même de qui vient l&apos;argent et ce qu&apos;il règle</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/detail.py" line="139"/>
        <source>Set aside</source>
        <translation>Mettre de côté</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/detail.py" line="141"/>
        <source>Not a customer&apos;s money (a purchase, a bank fee, a transfer): nothing recorded</source>
        <translation>Pas un paiement de client (un achat, des frais bancaires, un virement interne)&#xa0;: rien n&apos;est enregistré</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/detail.py" line="143"/>
        <source>Bring back</source>
        <translation>Remettre à vérifier</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/detail.py" line="144"/>
        <source>Back to the lines to review</source>
        <translation>La remettre parmi les lignes à vérifier</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/detail.py" line="145"/>
        <source>Show the customer</source>
        <translation>Afficher le client</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/detail.py" line="179"/>
        <source>Money in</source>
        <translation>Entrée d&apos;argent</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/detail.py" line="179"/>
        <source>Money out</source>
        <translation>Sortie d&apos;argent</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/detail.py" line="181"/>
        <source>{direction}: {amount} on {day}</source>
        <translation>{direction}&#xa0;: {amount} le {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/detail.py" line="186"/>
        <source>(no label)</source>
        <translation>(sans libellé)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/detail.py" line="187"/>
        <source>(not given)</source>
        <translation>(non indiqué)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/detail.py" line="209"/>
        <source>{file}, line {line} ({format})</source>
        <translation>{file}, ligne {line} ({format})</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/detail.py" line="211"/>
        <source>{file} ({format})</source>
        <translation>{file} ({format})</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/detail.py" line="229"/>
        <source>Recorded:</source>
        <translation>Enregistré&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/detail.py" line="231"/>
        <source>Set aside: nothing recorded.</source>
        <translation>Mise de côté&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/detail.py" line="233"/>
        <source>Cadence suggests:</source>
        <translation>Cadence propose&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/detail.py" line="239"/>
        <source>Transfer between your own accounts</source>
        <translation>Virement entre vos propres comptes</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/detail.py" line="241"/>
        <source>Not a customer&apos;s money (a purchase, a bank fee…)</source>
        <translation>Pas un paiement de client (un achat, des frais bancaires…)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/detail.py" line="247"/>
        <source>Nothing matches: choose the customer with Correct…</source>
        <translation>Aucune correspondance&#xa0;: choisissez le client avec «&#xa0;Corriger…&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/detail.py" line="249"/>
        <source>Nothing matches: set it aside, or choose the payment it returns</source>
        <translation>Aucune correspondance&#xa0;: mettez-la de côté, ou indiquez quel paiement a été rejeté</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/detail.py" line="261"/>
        <source>Why: {reason}</source>
        <translation>Pourquoi&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>LogoSection</name>
    <message>
        <location filename="../../desktop/cadence/ui/setup/files.py" line="43"/>
        <location filename="../../desktop/cadence/ui/setup/files.py" line="100"/>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/files.py" line="44"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/files.py" line="45"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/files.py" line="54"/>
        <source>Logo file</source>
        <translation>Fichier du logo</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/files.py" line="55"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/files.py" line="63"/>
        <source>A PNG or JPEG image, printed at the top of your invoices. You can add one later.</source>
        <translation>Une image PNG ou JPEG, imprimée en haut de vos factures. Vous pourrez en ajouter une plus tard.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/files.py" line="75"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/files.py" line="78"/>
        <source>Your logo on your invoices (optional).</source>
        <translation>Votre logo sur vos factures (facultatif).</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/files.py" line="89"/>
        <source>Choose your logo</source>
        <translation>Choisir votre logo</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/files.py" line="91"/>
        <source>Images (*.png *.jpg *.jpeg *.PNG *.JPG *.JPEG)</source>
        <translation>Images (*.png *.jpg *.jpeg *.PNG *.JPG *.JPEG)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/files.py" line="111"/>
        <source>This file cannot be shown as an image.</source>
        <translation>Ce fichier ne peut pas être affiché comme une image.</translation>
    </message>
</context>
<context>
    <name>MailSender</name>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/sender.py" line="62"/>
        <source>No message was waiting to go.</source>
        <translation>Aucun message n&apos;attendait d&apos;être envoyé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cadence/ui/outbox/sender.py" line="66"/>
        <source>%n message(s) sent</source>
        <translation>
            <numerusform>%n message envoyé</numerusform>
            <numerusform>%n messages envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cadence/ui/outbox/sender.py" line="68"/>
        <source>%n not delivered</source>
        <translation>
            <numerusform>%n non distribué</numerusform>
            <numerusform>%n non distribués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cadence/ui/outbox/sender.py" line="70"/>
        <source>%n to try again later</source>
        <translation>
            <numerusform>%n à réessayer plus tard</numerusform>
            <numerusform>%n à réessayer plus tard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cadence/ui/outbox/sender.py" line="72"/>
        <source>%n waiting for their PDF</source>
        <translation>
            <numerusform>%n en attente de son PDF</numerusform>
            <numerusform>%n en attente de leur PDF</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cadence/ui/outbox/sender.py" line="74"/>
        <source>%n no longer needed</source>
        <translation>
            <numerusform>%n devenu inutile</numerusform>
            <numerusform>%n devenus inutiles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/sender.py" line="77"/>
        <source>{outcome} — see Messages</source>
        <translation>{outcome} — voir Messages</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/sender.py" line="82"/>
        <source>Nothing was sent: {reason}</source>
        <translation>Rien n&apos;a été envoyé&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/sender.py" line="86"/>
        <source>Sending stopped: {reason}</source>
        <translation>L&apos;envoi s&apos;est interrompu&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/cadence/ui/main_window.py" line="46"/>
        <source>Cadence — {path}</source>
        <translation>Cadence — {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/main_window.py" line="89"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/main_window.py" line="91"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/main_window.py" line="94"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/main_window.py" line="99"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/main_window.py" line="104"/>
        <source>&amp;Archive…</source>
        <translation>&amp;Archiver…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/main_window.py" line="116"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/main_window.py" line="119"/>
        <source>&amp;Billing</source>
        <translation>Fa&amp;cturation</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/main_window.py" line="120"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/main_window.py" line="121"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/main_window.py" line="122"/>
        <source>&amp;About Cadence</source>
        <translation>À &amp;propos de Cadence</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/main_window.py" line="127"/>
        <source>About Cadence</source>
        <translation>À propos de Cadence</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/main_window.py" line="129"/>
        <source>Cadence {version}

Recurring billing for small businesses, offline on one computer.

Database: {path}</source>
        <translation>Cadence {version}

La facturation récurrente des petites entreprises, hors ligne sur un seul ordinateur.

Base de données&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/main_window.py" line="162"/>
        <source>Cadence</source>
        <translation>Cadence</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/main_window.py" line="167"/>
        <source>Cadence: something went wrong</source>
        <translation>Cadence&#xa0;: un problème est survenu</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/main_window.py" line="170"/>
        <source>Cadence met an error it did not expect; nothing was half-written. Please send the details below to the developers.

{summary}</source>
        <translation>Cadence a rencontré une erreur inattendue&#xa0;; rien n&apos;a été enregistré à moitié. Merci d&apos;envoyer les détails ci-dessous aux développeurs.

{summary}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/main_window.py" line="220"/>
        <source>Finishing the work in progress before closing…</source>
        <translation>Fin du travail en cours avant la fermeture…</translation>
    </message>
</context>
<context>
    <name>MandateDialog</name>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandate_dialog.py" line="121"/>
        <source>New SEPA mandate — {customer}</source>
        <translation>Nouveau mandat SEPA — {customer}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandate_dialog.py" line="123"/>
        <source>SEPA mandate {reference} — {customer}</source>
        <translation>Mandat SEPA {reference} — {customer}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandate_dialog.py" line="138"/>
        <source>e.g. FR76 3000 6000 0112 3456 7890 189</source>
        <translation>ex.&#xa0;: FR76 3000 6000 0112 3456 7890 189</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandate_dialog.py" line="139"/>
        <source>8 or 11 characters, e.g. AGRIFRPP</source>
        <translation>8 ou 11 caractères, ex.&#xa0;: AGRIFRPP</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandate_dialog.py" line="142"/>
        <source>Looking for a free reference…</source>
        <translation>Recherche d&apos;une référence disponible…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandate_dialog.py" line="152"/>
        <source>Mandate reference (RUM)</source>
        <translation>Référence unique du mandat (RUM)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandate_dialog.py" line="157"/>
        <source>Printed on the form the customer signs; the bank shows it on every collection. Keep the one suggested or type your own.</source>
        <translation>Imprimée sur le formulaire que signe le client&#xa0;; la banque l&apos;indique à chaque prélèvement. Gardez celle proposée ou saisissez la vôtre.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandate_dialog.py" line="162"/>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandate_dialog.py" line="163"/>
        <source>Mandate type</source>
        <translation>Type de mandat</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandate_dialog.py" line="165"/>
        <source>Account IBAN</source>
        <translation>IBAN du compte</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandate_dialog.py" line="166"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandate_dialog.py" line="172"/>
        <source>Once the mandate is saved, {customer} pays by direct debit: their invoices are offered in the next batch of collections.</source>
        <translation>Une fois le mandat enregistré, {customer} paie par prélèvement&#xa0;: ses factures seront proposées dans le prochain lot de prélèvements.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandate_dialog.py" line="213"/>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandate_dialog.py" line="230"/>
        <source>Collections</source>
        <translation>Prélèvements</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandate_dialog.py" line="232"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandate_dialog.py" line="233"/>
        <source>Next collection</source>
        <translation>Prochain prélèvement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandate_dialog.py" line="235"/>
        <source>Last collected on</source>
        <translation>Dernier prélèvement le</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandate_dialog.py" line="236"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandate_dialog.py" line="239"/>
        <source>{day} (after 36 months without a collection)</source>
        <translation>{day} (après 36 mois sans prélèvement)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandate_dialog.py" line="244"/>
        <source>Lapses on</source>
        <translation>Devient caduc le</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandate_dialog.py" line="296"/>
        <source>SEPA mandate</source>
        <translation>Mandat SEPA</translation>
    </message>
</context>
<context>
    <name>Mandates</name>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandate_dialog.py" line="53"/>
        <source>CORE – Individuals and businesses</source>
        <translation>CORE – Particuliers et entreprises</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandate_dialog.py" line="56"/>
        <source>B2B – Businesses only</source>
        <translation>B2B – Entreprises uniquement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandate_dialog.py" line="62"/>
        <source>The usual mandate. The customer may ask their bank to refund a collection within 8 weeks, without giving a reason.</source>
        <translation>Le mandat habituel. Le client peut demander à sa banque le remboursement d&apos;un prélèvement dans les 8 semaines, sans avoir à se justifier.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandate_dialog.py" line="67"/>
        <source>For business customers only, who must first register the mandate with their bank. No refund once a collection is made.</source>
        <translation>Réservé aux clients professionnels, qui doivent d&apos;abord enregistrer le mandat auprès de leur banque. Aucun remboursement possible une fois le prélèvement effectué.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandate_dialog.py" line="78"/>
        <source>first collection (FRST)</source>
        <translation>premier prélèvement (FRST)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandate_dialog.py" line="79"/>
        <source>recurring (RCUR)</source>
        <translation>récurrent (RCUR)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandate_dialog.py" line="86"/>
        <source>Revoked on {day}</source>
        <translation>Révoqué le {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandate_dialog.py" line="90"/>
        <source>Lapsed on {day}</source>
        <translation>Caduc depuis le {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandate_dialog.py" line="93"/>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
</context>
<context>
    <name>MessageDetail</name>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/detail.py" line="75"/>
        <source>Select a message to read it here.</source>
        <translation>Sélectionnez un message pour le lire ici.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/detail.py" line="90"/>
        <source>Customer:</source>
        <translation>Client&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/detail.py" line="91"/>
        <source>To:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/detail.py" line="92"/>
        <source>What:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/detail.py" line="93"/>
        <source>Written:</source>
        <translation>Rédigé le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/detail.py" line="94"/>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/detail.py" line="106"/>
        <location filename="../../desktop/cadence/ui/outbox/detail.py" line="200"/>
        <source>Send now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/detail.py" line="107"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/detail.py" line="108"/>
        <source>Open in my mail program</source>
        <translation>Ouvrir dans ma messagerie</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/detail.py" line="109"/>
        <source>Save as .eml…</source>
        <translation>Enregistrer en .eml…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/detail.py" line="110"/>
        <source>Mark as handled</source>
        <translation>Marquer comme traité</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/detail.py" line="111"/>
        <source>Discard…</source>
        <translation>Ne pas envoyer…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/detail.py" line="112"/>
        <source>Send it by e-mail now, from Cadence</source>
        <translation>L&apos;envoyer par e-mail maintenant, depuis Cadence</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/detail.py" line="115"/>
        <source>Open it, attachments included, as a new message in your own mail program: check it, send it, then mark it as handled here</source>
        <translation>L&apos;ouvrir, pièces jointes comprises, comme nouveau message dans votre messagerie&#xa0;: vérifiez-le, envoyez-le, puis marquez-le ici comme traité</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/detail.py" line="119"/>
        <source>Save it as a file any mail program opens</source>
        <translation>L&apos;enregistrer dans un fichier que toute messagerie sait ouvrir</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/detail.py" line="121"/>
        <source>You sent or posted it yourself: Cadence will not send it</source>
        <translation>Vous l&apos;avez envoyé vous-même, par e-mail ou par la poste&#xa0;: Cadence ne l&apos;enverra pas</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/detail.py" line="124"/>
        <source>It is no longer needed: it stays in the history, not sent</source>
        <translation>Il n&apos;est plus utile&#xa0;: il reste dans l&apos;historique, sans être envoyé</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/detail.py" line="143"/>
        <source>Attachments:</source>
        <translation>Pièces jointes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/detail.py" line="172"/>
        <source>no e-mail address</source>
        <translation>pas d&apos;adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/detail.py" line="175"/>
        <source>{what} {number}</source>
        <translation>{what} {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/detail.py" line="177"/>
        <source>{what} about invoice {number}</source>
        <translation>{what} pour la facture {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/detail.py" line="185"/>
        <source>{status} {time}</source>
        <translation>{status} {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/detail.py" line="200"/>
        <source>Try again now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/detail.py" line="209"/>
        <source>Not delivered: {error}
Check the address in the customer&apos;s details, then try again; or print it and post it.</source>
        <translation>Non distribué&#xa0;: {error}
Vérifiez l&apos;adresse dans la fiche du client, puis réessayez&#xa0;; ou imprimez le message et envoyez-le par la poste.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/detail.py" line="211"/>
        <location filename="../../desktop/cadence/ui/outbox/detail.py" line="234"/>
        <source>the mail server gave no reason</source>
        <translation>le serveur de messagerie n&apos;a donné aucune raison</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/detail.py" line="215"/>
        <source>{customer} has no e-mail address: print this message and post it, then mark it as handled. Or add an address to the customer and send it.</source>
        <translation>{customer} n&apos;a pas d&apos;adresse e-mail&#xa0;: imprimez ce message et envoyez-le par la poste, puis marquez-le comme traité. Ou ajoutez une adresse à la fiche du client et envoyez-le.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/detail.py" line="221"/>
        <source>This message was written before e-mail was set up: click Send now to send it from Cadence, or open it in your mail program.</source>
        <translation>Ce message a été rédigé avant la configuration de l&apos;e-mail&#xa0;: cliquez sur Envoyer maintenant pour l&apos;envoyer depuis Cadence, ou ouvrez-le dans votre messagerie.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/detail.py" line="227"/>
        <source>Cadence does not send e-mail yet (File ▸ Settings… ▸ E-mail): open this message in your mail program and send it from there, or print it. Then mark it as handled.</source>
        <translation>Cadence n&apos;envoie pas encore d&apos;e-mails (Fichier ▸ Paramètres… ▸ E-mail)&#xa0;: ouvrez ce message dans votre messagerie et envoyez-le de là, ou imprimez-le. Marquez-le ensuite comme traité.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/detail.py" line="233"/>
        <source>Not sent yet ({error}). Cadence tries again at {time}.</source>
        <translation>Pas encore envoyé ({error}). Prochain essai de Cadence&#xa0;: {time}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/detail.py" line="238"/>
        <source>Cadence is handing this message to the mail server.</source>
        <translation>Cadence transmet ce message au serveur de messagerie.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/detail.py" line="254"/>
        <source>Open it; the arrow offers to save it</source>
        <translation>L&apos;ouvrir&#xa0;; la flèche propose aussi de l&apos;enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/detail.py" line="256"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/detail.py" line="257"/>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/cadence/domain/catalogue.py" line="25"/>
        <source>{cycles} cycles of {count} {unit}(s) make a term longer than {maximum} years</source>
        <translation>{cycles} cycles de {count} {unit}(s) donnent une durée de plus de {maximum} ans</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/catalogue.py" line="29"/>
        <source>“{code}” is not a currency in use (testing, precious-metal, fund and withdrawn codes cannot be invoiced)</source>
        <translation>«&#xa0;{code}&#xa0;» n&apos;est pas une devise en usage (les codes de test, de métaux précieux, de fonds et les codes retirés ne peuvent pas être facturés)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/catalogue.py" line="34"/>
        <source>amounts in {code} have {places} decimal places; Cadence keeps amounts to the cent</source>
        <translation>les montants en {code} ont {places} décimales&#xa0;; Cadence tient les montants au centime près</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/discounts.py" line="19"/>
        <source>a percentage discount must be more than 0 and at most 100, not {value}</source>
        <translation>une remise en pourcentage doit être supérieure à 0 et au plus égale à 100, et non {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/discounts.py" line="22"/>
        <source>a discount amount must be more than 0, not {value}</source>
        <translation>le montant d&apos;une remise doit être supérieur à 0, et non {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/discounts.py" line="23"/>
        <source>a discount lasts at least 1 cycle and at most 999, not {cycles}</source>
        <translation>une remise dure au moins 1 cycle et au plus 999, et non {cycles}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/identifiers.py" line="18"/>
        <source>a SIREN has 9 digits; “{value}” does not</source>
        <translation>un SIREN compte 9 chiffres&#xa0;; ce n&apos;est pas le cas de «&#xa0;{value}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/identifiers.py" line="19"/>
        <source>“{value}” is not a valid SIREN (its check digit is wrong)</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un SIREN valide (sa clé de contrôle est fausse)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/identifiers.py" line="22"/>
        <source>a SIRET has 14 digits; “{value}” does not</source>
        <translation>un SIRET compte 14 chiffres&#xa0;; ce n&apos;est pas le cas de «&#xa0;{value}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/identifiers.py" line="23"/>
        <source>“{value}” is not a valid SIRET (its check digit is wrong)</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un SIRET valide (sa clé de contrôle est fausse)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/identifiers.py" line="26"/>
        <source>“{value}” is not an EU VAT number (two-letter country prefix, then the national number)</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un numéro de TVA intracommunautaire (préfixe pays de deux lettres, puis le numéro national)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/identifiers.py" line="30"/>
        <source>“{value}” is not a valid French VAT number (its key does not match the SIREN)</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un numéro de TVA français valide (sa clé ne correspond pas au SIREN)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/identifiers.py" line="34"/>
        <source>the VAT number {vat} is not that of SIREN {siren}, which is {expected}</source>
        <translation>le numéro de TVA {vat} n&apos;est pas celui du SIREN {siren}, qui est {expected}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/identifiers.py" line="37"/>
        <source>“{value}” is not a valid IBAN: {reason}</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un IBAN valide&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/identifiers.py" line="38"/>
        <source>“{value}” is not a valid BIC: {reason}</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un BIC valide&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/identifiers.py" line="42"/>
        <source>its check digits do not match (a character is probably mistyped)</source>
        <translation>sa clé de contrôle ne correspond pas (un caractère est sans doute mal saisi)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/identifiers.py" line="45"/>
        <location filename="../../desktop/cadence/domain/identifiers.py" line="48"/>
        <source>its account key does not match (a character is probably mistyped)</source>
        <translation>sa clé RIB ne correspond pas (un caractère est sans doute mal saisi)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/identifiers.py" line="51"/>
        <source>it does not have the number of characters its country&apos;s IBANs have</source>
        <translation>il n&apos;a pas le nombre de caractères des IBAN de son pays</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/identifiers.py" line="54"/>
        <source>it does not begin with a country&apos;s code, such as FR</source>
        <translation>il ne commence pas par le code d&apos;un pays, comme FR</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/identifiers.py" line="57"/>
        <source>its letters and digits are not where its country puts them</source>
        <translation>ses lettres et ses chiffres ne sont pas là où son pays les place</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/identifiers.py" line="60"/>
        <source>its bank code is not valid</source>
        <translation>son code banque n&apos;est pas valide</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/identifiers.py" line="61"/>
        <source>its branch code is not valid</source>
        <translation>son code guichet n&apos;est pas valide</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/identifiers.py" line="62"/>
        <source>its account number is not valid</source>
        <translation>son numéro de compte n&apos;est pas valide</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/identifiers.py" line="65"/>
        <source>a BIC has 8 or 11 characters</source>
        <translation>un BIC compte 8 ou 11 caractères</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/identifiers.py" line="66"/>
        <source>its 5th and 6th characters are not a country&apos;s code, such as FR</source>
        <translation>ses 5e et 6e caractères ne sont pas le code d&apos;un pays, comme FR</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/identifiers.py" line="69"/>
        <source>a BIC is 4 letters for the bank, 2 for the country, 2 letters or digits for the place, and perhaps 3 for the branch</source>
        <translation>un BIC se compose de 4 lettres pour la banque, 2 pour le pays, 2 lettres ou chiffres pour la localité, et éventuellement 3 pour l&apos;agence</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/identifiers.py" line="75"/>
        <source>it is not well formed</source>
        <translation>il n&apos;est pas bien formé</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/identifiers.py" line="76"/>
        <source>the BIC {bic} is from {bic_country} but the IBAN is from {iban_country}</source>
        <translation>le BIC {bic} relève du pays {bic_country}, mais l&apos;IBAN du pays {iban_country}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/identifiers.py" line="79"/>
        <source>“{value}” is not a valid SEPA creditor identifier (ICS)</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un identifiant créancier SEPA (ICS) valide</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/identifiers.py" line="82"/>
        <source>“{value}” is not a web address</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une adresse web</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/identifiers.py" line="83"/>
        <source>“{value}” is not an e-mail address</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/identifiers.py" line="84"/>
        <source>“{value}” is not a phone number (digits, spaces, + ( ) . - only)</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un numéro de téléphone (chiffres, espaces, + ( ) . - uniquement)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/identifiers.py" line="87"/>
        <source>“{value}” is not a two-letter ISO country code such as FR, BE or GB</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un code pays ISO à deux lettres comme FR, BE ou GB</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/identifiers.py" line="90"/>
        <source>a French postcode has 5 digits; “{value}” does not</source>
        <translation>un code postal français compte 5 chiffres&#xa0;; ce n&apos;est pas le cas de «&#xa0;{value}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/identifiers.py" line="91"/>
        <source>“{value}” is not a postcode</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un code postal</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/lifecycle.py" line="60"/>
        <source>a subscription that is {current} cannot become {target}</source>
        <translation>un abonnement à l&apos;état «&#xa0;{current}&#xa0;» ne peut pas passer à l&apos;état «&#xa0;{target}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/money.py" line="25"/>
        <location filename="../../desktop/cadence/exchange/fields.py" line="37"/>
        <source>“{text}” is not an amount</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un montant</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/money.py" line="26"/>
        <source>“{text}” has more than {places} decimal places</source>
        <translation>«&#xa0;{text}&#xa0;» a plus de {places} décimales</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/money.py" line="27"/>
        <source>“{code}” is not an ISO 4217 currency code</source>
        <translation>«&#xa0;{code}&#xa0;» n&apos;est pas un code de devise ISO 4217</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/money.py" line="28"/>
        <source>{text} is larger than the largest amount allowed</source>
        <translation>{text} dépasse le montant maximal autorisé</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/numbering.py" line="32"/>
        <source>the numbering mask is empty</source>
        <translation>le masque de numérotation est vide</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/numbering.py" line="33"/>
        <source>the numbering mask is longer than {maximum} characters</source>
        <translation>le masque de numérotation dépasse {maximum} caractères</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/numbering.py" line="34"/>
        <source>“{{{token}}}” is not a mask field; use {{YYYY}}, {{YY}}, {{MM}} or {{0000}}</source>
        <translation>«&#xa0;{{{token}}}&#xa0;» n&apos;est pas un champ de masque&#xa0;; utilisez {{YYYY}}, {{YY}}, {{MM}} ou {{0000}}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/numbering.py" line="37"/>
        <source>“{text}” cannot appear in a number; use letters, digits and - _ . / #</source>
        <translation>«&#xa0;{text}&#xa0;» ne peut pas figurer dans un numéro&#xa0;; utilisez des lettres, des chiffres et - _ . / #</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/numbering.py" line="41"/>
        <source>the mask needs exactly one counter such as {{0000}}, it has {count}</source>
        <translation>le masque doit contenir exactement un compteur tel que {{0000}}&#xa0;; il en contient {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/numbering.py" line="44"/>
        <source>the counter must have between 1 and 10 zeros</source>
        <translation>le compteur doit comporter entre 1 et 10 zéros</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/numbering.py" line="45"/>
        <source>a counter that restarts every {period} needs {{YYYY}} or {{YY}} in the mask, or numbers would repeat</source>
        <translation>un compteur remis à zéro à chaque période «&#xa0;{period}&#xa0;» exige {{YYYY}} ou {{YY}} dans le masque, sinon les numéros se répéteraient</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/numbering.py" line="50"/>
        <source>a counter that restarts every month needs {{MM}} in the mask, or numbers would repeat</source>
        <translation>un compteur remis à zéro chaque mois exige {{MM}} dans le masque, sinon les numéros se répéteraient</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/numbering.py" line="54"/>
        <source>put a letter or a separator between the counter and the digits after it</source>
        <translation>placez une lettre ou un séparateur entre le compteur et les chiffres qui le suivent</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/numbering.py" line="57"/>
        <source>{{{token}}} appears twice in the mask</source>
        <translation>{{{token}}} figure deux fois dans le masque</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/numbering.py" line="58"/>
        <source>use either {{YYYY}} or {{YY}}, not both</source>
        <translation>utilisez {{YYYY}} ou {{YY}}, pas les deux</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/payment_terms.py" line="29"/>
        <source>French law caps payment terms at {maximum} days {basis}; {days} days is not allowed</source>
        <translation>la loi française plafonne les délais de paiement à {maximum} jours ({basis})&#xa0;; {days} jours ne sont pas autorisés</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/periods.py" line="50"/>
        <source>the number of {unit}s must be between 1 and {maximum}, not {count}</source>
        <translation>le nombre d&apos;unités «&#xa0;{unit}&#xa0;» doit être compris entre 1 et {maximum}, et non {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/periods.py" line="53"/>
        <source>a day-of-month rule needs a cycle counted in months or years</source>
        <translation>une règle de jour du mois exige un cycle compté en mois ou en années</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/periods.py" line="56"/>
        <source>the billing day must be between 1 and 31, not {day}</source>
        <translation>le jour de facturation doit être compris entre 1 et 31, et non {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/periods.py" line="59"/>
        <source>choose the day of the month to bill on</source>
        <translation>choisissez le jour du mois où facturer</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/periods.py" line="60"/>
        <source>a date computed from {day} would fall outside the calendar (years 1 to 9999): choose a nearer date or a shorter term</source>
        <translation>une date calculée à partir du {day} sortirait du calendrier (années 1 à 9999)&#xa0;: choisissez une date plus proche ou une durée plus courte</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/tax.py" line="52"/>
        <source>{rate} % is not a French VAT rate (allowed: {allowed})</source>
        <translation>{rate}&#xa0;% n&apos;est pas un taux de TVA français (taux autorisés&#xa0;: {allowed})</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/text.py" line="16"/>
        <source>this field is required</source>
        <translation>ce champ est obligatoire</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/text.py" line="17"/>
        <source>at most {maximum} characters, not {length}</source>
        <translation>{maximum} caractères au plus, et non {length}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/text.py" line="18"/>
        <source>contains an invisible control character</source>
        <translation>contient un caractère de contrôle invisible</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/alerts.py" line="47"/>
        <source>Overdue: {customer}</source>
        <translation>Retard de paiement&#xa0;: {customer}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/alerts.py" line="48"/>
        <source>Invoice {number}: {amount} left to pay, due on {due}</source>
        <translation>Facture {number}&#xa0;: {amount} restant à payer, échéance le {due}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/alerts.py" line="49"/>
        <source>{count} invoices: {amount} left to pay, the oldest due on {due}</source>
        <translation>{count} factures&#xa0;: {amount} restant à payer, la plus ancienne échue le {due}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/alerts.py" line="52"/>
        <source>Due soon: {customer}</source>
        <translation>Échéance proche&#xa0;: {customer}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/alerts.py" line="53"/>
        <source>Invoice {number}: {amount} due on {due}</source>
        <translation>Facture {number}&#xa0;: {amount} à payer le {due}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/alerts.py" line="54"/>
        <source>{count} invoices: {amount} to pay, the first due on {due}</source>
        <translation>{count} factures&#xa0;: {amount} à payer, la première à échéance le {due}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/alerts.py" line="57"/>
        <source>Past due: {customer}</source>
        <translation>Impayé&#xa0;: {customer}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/alerts.py" line="58"/>
        <source>{plan}: {amount} unpaid since {due}, past the grace period</source>
        <translation>{plan}&#xa0;: {amount} impayé depuis le {due}, délai de grâce dépassé</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/alerts.py" line="61"/>
        <source>{plan}: payments are late</source>
        <translation>{plan}&#xa0;: les paiements sont en retard</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/alerts.py" line="62"/>
        <source>Cancellation: {customer}</source>
        <translation>Résiliation&#xa0;: {customer}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/alerts.py" line="63"/>
        <source>{plan} ends on {day}</source>
        <translation>{plan}&#xa0;: fin le {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/alerts.py" line="64"/>
        <source>Notice deadline: {customer}</source>
        <translation>Date limite de préavis&#xa0;: {customer}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/alerts.py" line="65"/>
        <source>{plan} renews on {renewal}: notice to cancel must be given by {day}</source>
        <translation>{plan}&#xa0;: reconduction tacite le {renewal}&#xa0;; le préavis de résiliation doit être donné au plus tard le {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/alerts.py" line="68"/>
        <source>Commitment ends: {customer}</source>
        <translation>Fin d&apos;engagement&#xa0;: {customer}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/alerts.py" line="69"/>
        <source>{plan}: the commitment ends on {day} and renews for another term unless cancelled</source>
        <translation>{plan}&#xa0;: l&apos;engagement prend fin le {day} et se renouvelle par tacite reconduction, sauf résiliation</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/alerts.py" line="73"/>
        <source>Fixed term ends: {customer}</source>
        <translation>Fin de contrat à durée déterminée&#xa0;: {customer}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/alerts.py" line="74"/>
        <source>{plan} ends on {day}, after its last cycle</source>
        <translation>{plan}&#xa0;: fin le {day}, après le dernier cycle</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/alerts.py" line="75"/>
        <source>Renewal: {customer}</source>
        <translation>Reconduction&#xa0;: {customer}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/alerts.py" line="76"/>
        <source>{plan} renews on {day}</source>
        <translation>{plan}&#xa0;: reconduction le {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/alerts.py" line="77"/>
        <source>Not sent: {customer}</source>
        <translation>Non envoyé&#xa0;: {customer}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/alerts.py" line="78"/>
        <source>To send: {customer}</source>
        <translation>À envoyer&#xa0;: {customer}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/alerts.py" line="79"/>
        <source>{subject}: print it or send it from the Messages tab</source>
        <translation>{subject}&#xa0;: imprimez-le ou envoyez-le depuis l&apos;onglet Messages</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/alerts.py" line="82"/>
        <source>Direct debits to request</source>
        <translation>Prélèvements à demander</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/alerts.py" line="83"/>
        <source>Invoice {number} ({amount}) due on {due} waits for a batch: Invoices ▸ Direct debit…</source>
        <translation>Facture {number} ({amount}), échéance le {due}, en attente d&apos;un lot&#xa0;: Factures ▸ Prélèvements…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/alerts.py" line="87"/>
        <source>{count} invoices ({amount}) due by {due} wait for a batch: Invoices ▸ Direct debit…</source>
        <translation>{count} factures ({amount}) à échéance d&apos;ici le {due} en attente d&apos;un lot&#xa0;: Factures ▸ Prélèvements…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/alerts.py" line="91"/>
        <source>Invoices to send by e-mail: {count}</source>
        <translation>Factures à envoyer par e-mail&#xa0;: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/alerts.py" line="92"/>
        <source>These customers asked for their invoices by e-mail; set up e-mail in Settings, or send them from the Messages tab</source>
        <translation>Ces clients ont demandé à recevoir leurs factures par e-mail&#xa0;; configurez l&apos;e-mail dans les Paramètres, ou envoyez-les depuis l&apos;onglet Messages</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/billing.py" line="59"/>
        <source>subscription {subscription} has no period starting on {start} to bill</source>
        <translation>l&apos;abonnement {subscription} n&apos;a pas de période à facturer commençant le {start}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/billing.py" line="62"/>
        <source>the period from {start} of subscription {subscription} is already invoiced</source>
        <translation>la période commençant le {start} de l&apos;abonnement {subscription} est déjà facturée</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/billing.py" line="65"/>
        <source>postpone to a day after today ({today}), not {until}</source>
        <translation>reportez à une date postérieure à aujourd&apos;hui ({today}), et non au {until}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/billing.py" line="68"/>
        <source>an invoice can be postponed to {latest} at the latest, not {until}; skip the period instead if it is never to be invoiced</source>
        <translation>une facture peut être reportée au {latest} au plus tard, et non au {until}&#xa0;; si la période ne doit jamais être facturée, choisissez plutôt de ne pas la facturer</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/catalogue.py" line="44"/>
        <source>another {what} is already called “{name}”</source>
        <translation>le nom «&#xa0;{name}&#xa0;» est déjà pris ({what})</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/catalogue.py" line="45"/>
        <source>the item “{name}” is archived; restore it or choose another</source>
        <translation>l&apos;article «&#xa0;{name}&#xa0;» est archivé&#xa0;; restaurez-le ou choisissez-en un autre</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/catalogue.py" line="48"/>
        <source>say after how many cycles the subscription ends</source>
        <translation>indiquez après combien de cycles l&apos;abonnement prend fin</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/catalogue.py" line="49"/>
        <source>only a plan with a fixed number of cycles has a cycle count</source>
        <translation>seule une formule à nombre de cycles fixe a un nombre de cycles</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/catalogue.py" line="52"/>
        <source>{count} subscription(s) follow this plan&apos;s cycle; its {fields} cannot change. Create a new plan and move subscribers to it instead</source>
        <translation>le cycle de cette formule est suivi par {count} abonnement(s)&#xa0;; ses champs {fields} ne peuvent pas changer. Créez plutôt une nouvelle formule et faites-y passer les abonnés</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/catalogue.py" line="57"/>
        <source>this numbering series is not for invoices</source>
        <translation>cette série de numérotation n&apos;est pas destinée aux factures</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/catalogue.py" line="58"/>
        <source>the billing day only applies to the fixed-day rule: choose that rule, or no billing day</source>
        <translation>le jour de facturation ne s&apos;applique qu&apos;à la règle du jour fixe&#xa0;: choisissez cette règle, ou aucun jour de facturation</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/catalogue.py" line="62"/>
        <source>a subscription to this plan starts on {start}; the plan must exist by then</source>
        <translation>un abonnement à cette formule commence le {start}&#xa0;; la formule doit exister à cette date</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/common.py" line="55"/>
        <source>there is no {what} number {id}</source>
        <translation>introuvable&#xa0;: {what} n° {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/common.py" line="56"/>
        <source>a price cannot be negative</source>
        <translation>un prix ne peut pas être négatif</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/common.py" line="57"/>
        <source>“{name}” is not archived</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;est pas archivé</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/common.py" line="172"/>
        <source>must be between {minimum} and {maximum}, not {value}</source>
        <translation>doit être compris entre {minimum} et {maximum}, et non {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/company.py" line="57"/>
        <source>every French business has a SIREN; enter it</source>
        <translation>toute entreprise française a un SIREN&#xa0;; saisissez-le</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/company.py" line="58"/>
        <source>the SIRET {siret} does not start with the SIREN {siren}</source>
        <translation>le SIRET {siret} ne commence pas par le SIREN {siren}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/company.py" line="61"/>
        <source>a business charging VAT must print its VAT number; enter it</source>
        <translation>une entreprise qui facture la TVA doit indiquer son numéro de TVA&#xa0;; saisissez-le</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/company.py" line="64"/>
        <source>under the VAT franchise no VAT is due, on debits or otherwise</source>
        <translation>en franchise en base de TVA, aucune TVA n&apos;est due, ni d&apos;après les débits ni autrement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/company.py" line="67"/>
        <source>the share capital cannot be negative</source>
        <translation>le capital social ne peut pas être négatif</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/company.py" line="68"/>
        <source>there is no image at {path}</source>
        <translation>aucune image à l&apos;emplacement {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/company.py" line="69"/>
        <source>the logo must be a PNG or JPEG image</source>
        <translation>le logo doit être une image PNG ou JPEG</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/company.py" line="70"/>
        <source>{path} is a file, not a folder</source>
        <translation>{path} est un fichier, pas un dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/company.py" line="71"/>
        <source>credit notes need their own numbering, different from invoices&apos;</source>
        <translation>les avoirs ont besoin de leur propre numérotation, distincte de celle des factures</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/company.py" line="74"/>
        <source>the {what} numbering has already numbered documents; it cannot change, or the series would no longer be continuous</source>
        <translation>la numérotation ({what}) a déjà servi à numéroter des documents&#xa0;; elle ne peut plus changer, sinon la série ne serait plus continue</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/company.py" line="79"/>
        <source>this mention is mandatory on invoices</source>
        <translation>cette mention est obligatoire sur les factures</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/company.py" line="80"/>
        <source>the company is not set up yet: enter its identity first</source>
        <translation>l&apos;entreprise n&apos;est pas encore configurée&#xa0;: saisissez d&apos;abord son identité</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/credit_notes.py" line="41"/>
        <location filename="../../desktop/cadence/services/invoices.py" line="46"/>
        <source>only an issued invoice can be corrected by a credit note</source>
        <translation>seule une facture émise peut être corrigée par un avoir</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/credit_notes.py" line="44"/>
        <source>invoice {number} is already credited in full</source>
        <translation>la facture {number} est déjà entièrement annulée par avoir</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/credit_notes.py" line="45"/>
        <source>invoice {number} already has credit notes for {credited}; credit the lines by amount</source>
        <translation>la facture {number} a déjà des avoirs pour {credited}&#xa0;; créditez les lignes par montant</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/credit_notes.py" line="49"/>
        <source>invoice {number} has no line {position}</source>
        <translation>la facture {number} n&apos;a pas de ligne {position}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/credit_notes.py" line="50"/>
        <source>line {position} can be credited between 0.01 and {maximum} excl. VAT, not {amount}</source>
        <translation>la ligne {position} peut être créditée de 0,01 à {maximum} HT, et non de {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/credit_notes.py" line="54"/>
        <source>with this credit note, invoice {number} would be credited {total}, more than its {gross}</source>
        <translation>avec cet avoir, la facture {number} serait créditée de {total}, plus que son montant de {gross}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/credit_notes.py" line="58"/>
        <source>say which lines to credit, and how much</source>
        <translation>indiquez quelles lignes créditer, et de combien</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/credit_notes.py" line="59"/>
        <source>invoice {number} is dated {issued}: a credit note correcting it cannot be dated before, on {day}; check the computer&apos;s date</source>
        <translation>la facture {number} est datée du {issued}&#xa0;: un avoir qui la corrige ne peut pas porter une date antérieure ({day})&#xa0;; vérifiez la date de l&apos;ordinateur</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/customers.py" line="48"/>
        <source>only a company customer has a SIREN; choose “company” or leave it empty</source>
        <translation>seul un client entreprise a un SIREN&#xa0;; choisissez «&#xa0;Entreprise&#xa0;» ou laissez le champ vide</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/customers.py" line="51"/>
        <source>only a company customer has a VAT number; choose “company” or leave it empty</source>
        <translation>seul un client entreprise a un numéro de TVA&#xa0;; choisissez «&#xa0;Entreprise&#xa0;» ou laissez le champ vide</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/customers.py" line="54"/>
        <source>an e-mail address is needed to send invoices by e-mail</source>
        <translation>une adresse e-mail est nécessaire pour envoyer les factures par e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/customers.py" line="57"/>
        <source>direct debit needs the customer&apos;s IBAN</source>
        <translation>le prélèvement nécessite l&apos;IBAN du client</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/customers.py" line="58"/>
        <source>a BIC goes with an IBAN; give the IBAN too</source>
        <translation>un BIC va avec un IBAN&#xa0;; indiquez aussi l&apos;IBAN</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/customers.py" line="59"/>
        <source>a delivery address needs its street, postcode and city</source>
        <translation>une adresse de livraison doit comporter la rue, le code postal et la ville</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/customers.py" line="62"/>
        <source>{name} still has {count} running subscription(s); cancel them before archiving the customer</source>
        <translation>{name} a encore {count} abonnement(s) en cours&#xa0;; résiliez-les avant d&apos;archiver le client</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/customers.py" line="66"/>
        <source>{name} is archived; restore the customer first</source>
        <translation>le client {name} est archivé&#xa0;; restaurez-le d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/demo.py" line="71"/>
        <source>this database already holds a company or customers; the demo needs a new database</source>
        <translation>cette base de données contient déjà une entreprise ou des clients&#xa0;; la démo nécessite une nouvelle base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/demo.py" line="75"/>
        <source>the demo has between 1 and {maximum} customers, not {count}</source>
        <translation>la démo compte entre 1 et {maximum} clients, et non {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/invoices.py" line="38"/>
        <source>there is no invoice or credit note {number}</source>
        <translation>il n&apos;existe aucune facture ni aucun avoir {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/invoices.py" line="39"/>
        <location filename="../../desktop/cadence/services/payments.py" line="42"/>
        <source>invoice {number} has nothing left to pay</source>
        <translation>il ne reste rien à payer sur la facture {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/invoices.py" line="40"/>
        <location filename="../../desktop/cadence/services/pdfs.py" line="55"/>
        <source>the PDF of {number} could not be written to {path}: {reason}</source>
        <translation>le PDF de {number} n&apos;a pas pu être enregistré dans {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/invoices.py" line="43"/>
        <source>a draft has no PDF: it gets one when it is issued</source>
        <translation>un brouillon n&apos;a pas de PDF&#xa0;: il en reçoit un à son émission</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/issuing.py" line="48"/>
        <source>the series {series} already has a document dated {last}; nothing can be issued in it dated {day}: check the computer&apos;s date</source>
        <translation>la série {series} contient déjà un document daté du {last}&#xa0;; rien ne peut y être émis à la date du {day}&#xa0;: vérifiez la date de l&apos;ordinateur</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/lifecycle.py" line="90"/>
        <source>the subscription is already {status}</source>
        <translation>l&apos;abonnement est déjà à l&apos;état «&#xa0;{status}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/lifecycle.py" line="91"/>
        <source>the customer is committed until {end}: cancel at the end of the commitment, or force an immediate cancellation</source>
        <translation>le client est engagé jusqu&apos;au {end}&#xa0;: résiliez à la fin de l&apos;engagement, ou forcez une résiliation immédiate</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/lifecycle.py" line="96"/>
        <source>no cancellation is scheduled for this subscription</source>
        <translation>aucune résiliation n&apos;est programmée pour cet abonnement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/lifecycle.py" line="99"/>
        <source>a subscription in trial cannot be paused</source>
        <translation>un abonnement en période d&apos;essai ne peut pas être mis en pause</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/lifecycle.py" line="100"/>
        <source>a pause cannot start before today ({today})</source>
        <translation>une pause ne peut pas commencer avant aujourd&apos;hui ({today})</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/lifecycle.py" line="101"/>
        <source>the pause must end after it starts</source>
        <translation>la pause doit se terminer après son début</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/lifecycle.py" line="102"/>
        <source>a pause can be planned to start at most {years} years ahead, by {latest}</source>
        <translation>une pause peut être programmée au plus {years} ans à l&apos;avance, soit au plus tard le {latest}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/lifecycle.py" line="106"/>
        <source>a pause can be planned to end by {latest} at the latest; for a longer one, pause until further notice</source>
        <translation>une pause peut être programmée pour se terminer le {latest} au plus tard&#xa0;; pour une pause plus longue, choisissez une pause jusqu&apos;à nouvel ordre</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/lifecycle.py" line="111"/>
        <source>a subscription cannot resume before today ({today})</source>
        <translation>un abonnement ne peut pas reprendre avant aujourd&apos;hui ({today})</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/lifecycle.py" line="112"/>
        <source>the subscription is invoiced until {until}: a pause can start from that day; a credit note corrects what is already invoiced</source>
        <translation>l&apos;abonnement est facturé jusqu&apos;au {until}&#xa0;: une pause peut commencer à partir de ce jour&#xa0;; un avoir corrige ce qui est déjà facturé</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/lifecycle.py" line="117"/>
        <source>the subscription is already paused from {start}</source>
        <translation>l&apos;abonnement est déjà en pause à partir du {start}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/lifecycle.py" line="118"/>
        <source>the subscription is not paused</source>
        <translation>l&apos;abonnement n&apos;est pas en pause</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/lifecycle.py" line="119"/>
        <source>this is what the subscription already has: nothing to change</source>
        <translation>l&apos;abonnement a déjà ces conditions&#xa0;: rien à changer</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/lifecycle.py" line="122"/>
        <source>“{plan}” is billed on another cycle: the change can only start with the next period</source>
        <translation>«&#xa0;{plan}&#xa0;» est facturé selon un autre cycle&#xa0;: le changement ne peut commencer qu&apos;avec la période suivante</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/lifecycle.py" line="126"/>
        <source>“{plan}” is sold in {currency}, the subscription in {current}</source>
        <translation>«&#xa0;{plan}&#xa0;» est vendu en {currency}, l&apos;abonnement en {current}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/lifecycle.py" line="129"/>
        <location filename="../../desktop/cadence/services/subscriptions.py" line="68"/>
        <source>the plan “{name}” is no longer sold; choose another</source>
        <translation>la formule «&#xa0;{name}&#xa0;» n&apos;est plus vendue&#xa0;; choisissez-en une autre</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/payments.py" line="39"/>
        <source>a payment is more than 0</source>
        <translation>un paiement doit être supérieur à 0</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/payments.py" line="40"/>
        <source>a payment cannot be received after today ({today})</source>
        <translation>un paiement ne peut pas être reçu après aujourd&apos;hui ({today})</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/payments.py" line="41"/>
        <source>invoice {number} is not this customer&apos;s</source>
        <translation>la facture {number} n&apos;appartient pas à ce client</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/payments.py" line="43"/>
        <source>invoice {number} has {outstanding} left to pay, not {amount}</source>
        <translation>il reste {outstanding} à payer sur la facture {number}, et non {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/payments.py" line="46"/>
        <source>the allocations add up to {total}, more than the payment ({amount})</source>
        <translation>les affectations totalisent {total}, plus que le paiement ({amount})</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/payments.py" line="49"/>
        <source>invoice {number} is in {currency}, not {expected}</source>
        <translation>la facture {number} est en {currency}, et non en {expected}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/pdfs.py" line="58"/>
        <source>{number} is not issued: it has no PDF</source>
        <translation>le document {number} n&apos;est pas émis&#xa0;: il n&apos;a pas de PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/subscriptions.py" line="71"/>
        <source>the plan “{name}” is sold from {available_from}; start on or after it</source>
        <translation>la formule «&#xa0;{name}&#xa0;» est en vente à partir du {available_from}&#xa0;; commencez à cette date ou après</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/subscriptions.py" line="74"/>
        <source>enter the discount&apos;s value</source>
        <translation>saisissez la valeur de la remise</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/subscriptions.py" line="75"/>
        <source>choose a percentage or an amount for the discount</source>
        <translation>choisissez un pourcentage ou un montant pour la remise</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/subscriptions.py" line="78"/>
        <source>the subscription started on {start}; change its plan or quantity with proration instead</source>
        <translation>l&apos;abonnement a commencé le {start}&#xa0;; changez plutôt sa formule ou sa quantité avec un calcul au prorata</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/subscriptions.py" line="82"/>
        <source>only a cancelled or ended subscription can be archived; this one is {status}</source>
        <translation>seul un abonnement résilié ou terminé peut être archivé&#xa0;; celui-ci est à l&apos;état «&#xa0;{status}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/subscriptions.py" line="85"/>
        <source>the discount ({discount}) is larger than the cycle&apos;s price ({price})</source>
        <translation>la remise ({discount}) dépasse le prix du cycle ({price})</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/subscriptions.py" line="88"/>
        <source>the start date must be within ten years of today ({today})</source>
        <translation>la date de début doit se situer à moins de dix ans d&apos;aujourd&apos;hui ({today})</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/store/backup.py" line="15"/>
        <source>{path} already exists; choose another file name</source>
        <translation>{path} existe déjà&#xa0;; choisissez un autre nom de fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/store/backup.py" line="16"/>
        <source>could not write the backup {path}: {reason}</source>
        <translation>impossible d&apos;enregistrer la sauvegarde {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/store/database.py" line="38"/>
        <source>{path} is not a Cadence database (it is not an SQLite file); it was not touched</source>
        <translation>{path} n&apos;est pas une base de données Cadence (ce n&apos;est pas un fichier SQLite)&#xa0;; il n&apos;a pas été modifié</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/store/database.py" line="42"/>
        <source>{path} is an SQLite database of another program, not Cadence; it was not touched</source>
        <translation>{path} est une base de données SQLite d&apos;un autre programme que Cadence&#xa0;; elle n&apos;a pas été modifiée</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/store/database.py" line="46"/>
        <source>{path} is a Cadence database without a schema version; it may be damaged and was not touched: restore a backup</source>
        <translation>{path} est une base de données Cadence sans version de schéma&#xa0;; elle est peut-être endommagée et n&apos;a pas été modifiée&#xa0;: restaurez une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/store/database.py" line="51"/>
        <source>{path} was written by a newer version of Cadence (schema {revision}); install that version to open it; the file was not touched</source>
        <translation>{path} a été écrit par une version plus récente de Cadence (schéma {revision})&#xa0;; installez cette version pour l&apos;ouvrir&#xa0;; le fichier n&apos;a pas été modifié</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/store/database.py" line="56"/>
        <source>cannot read {path}: {reason}</source>
        <translation>impossible de lire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/store/database.py" line="57"/>
        <source>cannot create a database at {path}: {reason}</source>
        <translation>impossible de créer une base de données à l&apos;emplacement {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/store/database.py" line="58"/>
        <source>cannot upgrade {path}: {reason}; it was left as it was</source>
        <translation>impossible de mettre à jour {path}&#xa0;: {reason}&#xa0;; le fichier est resté tel quel</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/store/database.py" line="61"/>
        <source>the folder {folder} does not exist</source>
        <translation>le dossier {folder} n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/store/database.py" line="62"/>
        <source>{path} is a folder, not a database file</source>
        <translation>{path} est un dossier, pas un fichier de base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/reports/windows.py" line="32"/>
        <source>the period must end on or after its start ({first})</source>
        <translation>la période doit finir le jour de son début ({first}) ou après</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/reports/windows.py" line="33"/>
        <source>a report covers at most {months} months; choose a later start</source>
        <translation>un rapport couvre au plus {months} mois&#xa0;; choisissez un début plus récent</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/reports/windows.py" line="36"/>
        <source>the period cannot end after the day the figures are read ({as_of})</source>
        <translation>la période ne peut pas finir après le jour des chiffres ({as_of})</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/reports/windows.py" line="39"/>
        <source>the plan “{plan}” is sold in {currency}</source>
        <translation>la formule «&#xa0;{plan}&#xa0;» est vendue en {currency}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/delivery.py" line="58"/>
        <location filename="../../desktop/cadence/services/outbox.py" line="44"/>
        <source>e-mail is not set up: enter your server in Settings ▸ E-mail first</source>
        <translation>l&apos;e-mail n&apos;est pas configuré&#xa0;: saisissez d&apos;abord votre serveur dans Paramètres ▸ E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/delivery.py" line="61"/>
        <source>the mail server needs the password of {user}: enter it in Settings ▸ E-mail</source>
        <translation>le serveur de messagerie demande le mot de passe de {user}&#xa0;: saisissez-le dans Paramètres ▸ E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/delivery.py" line="65"/>
        <source>the mail server {host} cannot be found: check its name and your connection</source>
        <translation>le serveur de messagerie {host} est introuvable&#xa0;: vérifiez son nom et votre connexion</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/delivery.py" line="68"/>
        <source>the mail server {host} refused the connection on port {port}: check the port</source>
        <translation>le serveur de messagerie {host} a refusé la connexion sur le port {port}&#xa0;: vérifiez le port</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/delivery.py" line="71"/>
        <source>the mail server {host} did not answer on port {port} within {seconds} seconds</source>
        <translation>le serveur de messagerie {host} n&apos;a pas répondu sur le port {port} en {seconds} secondes</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/delivery.py" line="74"/>
        <source>cannot talk to the mail server {host} on port {port}: {reason}</source>
        <translation>impossible de communiquer avec le serveur de messagerie {host} sur le port {port}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/delivery.py" line="77"/>
        <source>the mail server {host} does not offer STARTTLS: choose the security your provider gives (SSL, often on port 465)</source>
        <translation>le serveur de messagerie {host} ne propose pas STARTTLS&#xa0;: choisissez la sécurité qu&apos;indique votre fournisseur (SSL, souvent sur le port 465)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/delivery.py" line="82"/>
        <source>the mail server {host} is not the one it claims to be: {reason}</source>
        <translation>le serveur de messagerie {host} n&apos;est pas celui qu&apos;il prétend être&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/delivery.py" line="85"/>
        <source>the secure connection to the mail server {host} failed: {reason}</source>
        <translation>la connexion sécurisée au serveur de messagerie {host} a échoué&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/delivery.py" line="88"/>
        <source>the mail server {host} takes no user name: leave the user name empty</source>
        <translation>le serveur de messagerie {host} n&apos;accepte pas de nom d&apos;utilisateur&#xa0;: laissez ce champ vide</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/delivery.py" line="91"/>
        <source>the mail server {host} cannot take a user name or password with accents or other non-ASCII characters: change the password, or ask your provider</source>
        <translation>le serveur de messagerie {host} n&apos;accepte pas de nom d&apos;utilisateur ni de mot de passe contenant des accents ou d&apos;autres caractères non ASCII&#xa0;: changez le mot de passe, ou renseignez-vous auprès de votre fournisseur</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/delivery.py" line="96"/>
        <source>the mail server {host} refused the user name {user} or its password: {reason}</source>
        <translation>le serveur de messagerie {host} a refusé le nom d&apos;utilisateur {user} ou son mot de passe&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/delivery.py" line="99"/>
        <source>the mail server refused {refusals}</source>
        <translation>le serveur de messagerie a refusé {refusals}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/delivery.py" line="100"/>
        <source>the mail server refused the message: {reason}</source>
        <translation>le serveur de messagerie a refusé le message&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/delivery.py" line="101"/>
        <source>the mail server cannot take this message: {reason}</source>
        <translation>le serveur de messagerie ne peut pas accepter ce message&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/delivery.py" line="102"/>
        <source>the connection to the mail server broke off: {reason}</source>
        <translation>la connexion au serveur de messagerie a été interrompue&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/delivery.py" line="105"/>
        <source>this message has no recipient address</source>
        <translation>ce message n&apos;a pas d&apos;adresse de destinataire</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/delivery.py" line="106"/>
        <source>Cadence stopped while handing this message to the server: it may have gone. Check, then send it again or mark it handled.</source>
        <translation>Cadence s&apos;est arrêté pendant la transmission de ce message au serveur&#xa0;: il est peut-être parti. Vérifiez, puis renvoyez-le ou marquez-le comme traité.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/outbox.py" line="140"/>
        <source>not sent: invoice {number} was paid before this reminder went</source>
        <translation>relance non envoyée&#xa0;: la facture {number} a été payée avant son départ</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/outbox.py" line="143"/>
        <source>not sent: invoice {number} was credited before this reminder went</source>
        <translation>relance non envoyée&#xa0;: la facture {number} a fait l&apos;objet d&apos;un avoir avant son départ</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/mail_settings.py" line="42"/>
        <source>enter the server&apos;s name, such as smtp.example.com</source>
        <translation>saisissez le nom du serveur, par exemple smtp.example.com</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/mail_settings.py" line="43"/>
        <source>{value} is not a server name</source>
        <translation>{value} n&apos;est pas un nom de serveur</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/mail_settings.py" line="44"/>
        <source>the port is a number from 1 to 65535</source>
        <translation>le port est un nombre de 1 à 65535</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/mail_settings.py" line="45"/>
        <source>enter the address your messages are sent from</source>
        <translation>saisissez l&apos;adresse d&apos;où partent vos messages</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/mail_settings.py" line="46"/>
        <source>the reminders have three levels, 1 to 3</source>
        <translation>les relances ont trois niveaux, de 1 à 3</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/mail_settings.py" line="47"/>
        <source>a reminder goes out between 1 and 365 days after the due date</source>
        <translation>une relance part entre 1 et 365 jours après l&apos;échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/mail_settings.py" line="50"/>
        <source>each reminder level must come later than the one before it</source>
        <translation>chaque niveau de relance doit venir après le précédent</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/mail_settings.py" line="53"/>
        <source>the late-payment rate is a percentage per year from 0.01 to 100, such as 12.15</source>
        <translation>le taux des pénalités de retard est un pourcentage annuel de 0,01 à 100, par exemple 12,15</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/mail_settings.py" line="56"/>
        <source>late-payment interest is charged at a level: enter the yearly rate (such as 12.15)</source>
        <translation>un niveau facture des pénalités de retard&#xa0;: saisissez leur taux annuel (par exemple 12,15)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/mail_settings.py" line="60"/>
        <source>the subject cannot be empty</source>
        <translation>l&apos;objet ne peut pas être vide</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/mail_settings.py" line="61"/>
        <source>the subject is longer than {maximum} characters</source>
        <translation>l&apos;objet dépasse {maximum} caractères</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/mail_settings.py" line="62"/>
        <source>the message cannot be empty</source>
        <translation>le message ne peut pas être vide</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/mail_settings.py" line="63"/>
        <source>the message is longer than {maximum} characters</source>
        <translation>le message dépasse {maximum} caractères</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/mail_settings.py" line="64"/>
        <source>{field} is not one of this message&apos;s fields; use only: {fields}</source>
        <translation>{field} n&apos;est pas un champ de ce message&#xa0;; utilisez seulement&#xa0;: {fields}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/mail_settings.py" line="67"/>
        <source>a brace is not closed; write {{{{ and }}}} for a brace of your own</source>
        <translation>une accolade n&apos;est pas fermée&#xa0;; écrivez {{{{ ou }}}} pour une accolade dans votre texte</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/outbox.py" line="40"/>
        <source>this message is {status}: it cannot be {action} now</source>
        <translation>ce message est à l&apos;état «&#xa0;{status}&#xa0;»&#xa0;: l&apos;action «&#xa0;{action}&#xa0;» n&apos;est pas possible maintenant</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/outbox.py" line="41"/>
        <source>{customer} has no e-mail address: print the message or add an address first</source>
        <translation>{customer} n&apos;a pas d&apos;adresse e-mail&#xa0;: imprimez le message ou ajoutez d&apos;abord une adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/outbox.py" line="47"/>
        <source>the PDF of {number} is not available ({reason}): write it again from the Invoices tab</source>
        <translation>le PDF de {number} n&apos;est pas disponible ({reason})&#xa0;: générez-le à nouveau depuis l&apos;onglet Factures</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/outbox.py" line="51"/>
        <source>there is no attachment {id}</source>
        <translation>il n&apos;y a pas de pièce jointe {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/segments.py" line="35"/>
        <source>the renewal window must end on or after its start, {start}</source>
        <translation>la fin de la période de reconduction doit être le {start} ou après</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/smtp_password.py" line="21"/>
        <source>this computer has no keyring to keep the e-mail password in (such as GNOME Keyring or KWallet), so Cadence cannot store it</source>
        <translation>cet ordinateur n&apos;a pas de trousseau où conserver le mot de passe de messagerie (comme GNOME Keyring ou KWallet)&#xa0;: Cadence ne peut donc pas l&apos;enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/smtp_password.py" line="26"/>
        <source>the keyring did not answer (it may be locked): {reason}</source>
        <translation>le trousseau n&apos;a pas répondu (il est peut-être verrouillé)&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/smtp_password.py" line="29"/>
        <source>enter the mail server and its user name in Settings ▸ E-mail before the password</source>
        <translation>saisissez le serveur de messagerie et son nom d&apos;utilisateur dans Paramètres ▸ E-mail avant le mot de passe</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/direct_debit.py" line="23"/>
        <source>“{value}” is not a valid mandate reference: up to 35 letters, digits and the signs / - ? : ( ) . , &apos; + (no spaces)</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une référence de mandat valide&#xa0;: jusqu&apos;à 35 lettres, chiffres et signes / - ( ) . , &apos; +, le point d&apos;interrogation et les deux-points (sans espace)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/direct_debit.py" line="104"/>
        <source>wrong account number</source>
        <translation>numéro de compte erroné</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/direct_debit.py" line="105"/>
        <source>account closed</source>
        <translation>compte clôturé</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/direct_debit.py" line="106"/>
        <source>account blocked</source>
        <translation>compte bloqué</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/direct_debit.py" line="107"/>
        <source>the debtor is a consumer (B2B mandate refused)</source>
        <translation>le débiteur est un particulier (mandat B2B refusé)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/direct_debit.py" line="108"/>
        <source>direct debit not allowed on this account</source>
        <translation>prélèvement interdit sur ce compte</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/direct_debit.py" line="109"/>
        <source>wrong operation code</source>
        <translation>code opération erroné</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/direct_debit.py" line="110"/>
        <source>insufficient funds</source>
        <translation>provision insuffisante</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/direct_debit.py" line="111"/>
        <source>duplicate collection</source>
        <translation>prélèvement en double</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/direct_debit.py" line="112"/>
        <source>creditor identifier unknown to the bank</source>
        <translation>identifiant créancier inconnu de la banque</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/direct_debit.py" line="113"/>
        <source>creditor&apos;s bank not reachable</source>
        <translation>banque du créancier injoignable</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/direct_debit.py" line="114"/>
        <source>debtor&apos;s bank not reachable</source>
        <translation>banque du débiteur injoignable</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/direct_debit.py" line="115"/>
        <source>invalid file format</source>
        <translation>format de fichier invalide</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/direct_debit.py" line="116"/>
        <source>no valid mandate</source>
        <translation>pas de mandat valide</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/direct_debit.py" line="117"/>
        <source>mandate data missing or wrong</source>
        <translation>données du mandat manquantes ou erronées</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/direct_debit.py" line="118"/>
        <source>refund requested by the debtor</source>
        <translation>remboursement demandé par le débiteur</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/direct_debit.py" line="119"/>
        <source>debtor deceased</source>
        <translation>débiteur décédé</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/direct_debit.py" line="120"/>
        <source>refused by the debtor</source>
        <translation>refusé par le débiteur</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/direct_debit.py" line="121"/>
        <source>reason not given by the bank</source>
        <translation>motif non communiqué par la banque</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/direct_debit.py" line="122"/>
        <source>wrong BIC</source>
        <translation>BIC erroné</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/direct_debit.py" line="123"/>
        <source>debtor&apos;s account details missing</source>
        <translation>coordonnées bancaires du débiteur manquantes</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/direct_debit.py" line="124"/>
        <source>debtor&apos;s name or address missing</source>
        <translation>nom ou adresse du débiteur manquant</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/direct_debit.py" line="125"/>
        <source>creditor&apos;s name or address missing</source>
        <translation>nom ou adresse du créancier manquant</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/direct_debit.py" line="126"/>
        <source>regulatory reason</source>
        <translation>motif réglementaire</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/domain/direct_debit.py" line="127"/>
        <source>refused by a service of the debtor&apos;s bank</source>
        <translation>refusé par un service de la banque du débiteur</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/exchange/bank_csv.py" line="40"/>
        <source>this is not a table: no column separator (; , tab |) was found</source>
        <translation>ce n&apos;est pas un tableau&#xa0;: aucun séparateur de colonnes (; , tabulation |) trouvé</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/exchange/bank_csv.py" line="43"/>
        <source>the column mapping names no amount column</source>
        <translation>le choix des colonnes ne désigne aucune colonne de montant</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/exchange/bank_csv.py" line="44"/>
        <source>the date is missing</source>
        <translation>la date manque</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/exchange/bank_csv.py" line="45"/>
        <source>the amount is missing</source>
        <translation>le montant manque</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/exchange/bank_csv.py" line="46"/>
        <source>the line has neither a debit nor a credit</source>
        <translation>la ligne n&apos;a ni débit ni crédit</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/exchange/camt053.py" line="37"/>
        <source>this is not a CAMT.053 bank statement</source>
        <translation>ce n&apos;est pas un relevé bancaire CAMT.053</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/exchange/camt053.py" line="38"/>
        <source>the XML is malformed ({detail})</source>
        <translation>le XML est mal formé ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/exchange/camt053.py" line="39"/>
        <source>the file declares a DTD, which a bank statement never does</source>
        <translation>le fichier déclare une DTD, ce que ne fait jamais un relevé bancaire</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/exchange/camt053.py" line="40"/>
        <source>an entry has no amount</source>
        <translation>une écriture n&apos;a pas de montant</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/exchange/camt053.py" line="41"/>
        <source>an entry says neither credit nor debit (CdtDbtInd “{value}”)</source>
        <translation>une écriture n&apos;indique ni crédit ni débit (CdtDbtInd «&#xa0;{value}&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/exchange/camt053.py" line="44"/>
        <source>an entry has no booking date</source>
        <translation>une écriture n&apos;a pas de date de comptabilisation</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/exchange/detect.py" line="28"/>
        <source>not a bank statement Cadence can read (OFX, CAMT.053, MT940, CSV, Stripe or PayPal export)</source>
        <translation>ce n&apos;est pas un relevé que Cadence sait lire (OFX, CAMT.053, MT940, CSV, export Stripe ou PayPal)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/exchange/detect.py" line="32"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/exchange/detect.py" line="33"/>
        <source>say which columns of this CSV file hold the date, the text and the amount</source>
        <translation>indiquez quelles colonnes de ce fichier CSV contiennent la date, le libellé et le montant</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/exchange/fields.py" line="28"/>
        <source>the file is not in a text encoding Cadence knows (UTF-8, ISO-8859-15)</source>
        <translation>le fichier n&apos;est pas dans un encodage que Cadence connaît (UTF-8, ISO-8859-15)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/exchange/fields.py" line="31"/>
        <source>the file is in UTF-16 without a byte-order mark: export it again as UTF-8 or ISO-8859-15</source>
        <translation>le fichier est en UTF-16 sans marque d&apos;ordre des octets&#xa0;: exportez-le de nouveau en UTF-8 ou ISO-8859-15</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/exchange/fields.py" line="35"/>
        <source>the file contains NUL bytes: it is not a text file</source>
        <translation>le fichier contient des octets NUL&#xa0;: ce n&apos;est pas un fichier texte</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/exchange/fields.py" line="36"/>
        <source>the file is not written in {encoding}</source>
        <translation>le fichier n&apos;est pas écrit en {encoding}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/exchange/fields.py" line="38"/>
        <source>“{text}” is not a date in the format {format}</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une date au format {format}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/exchange/fields.py" line="39"/>
        <source>the file ends before the statement does (truncated?)</source>
        <translation>le fichier s&apos;arrête avant la fin du relevé (tronqué&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/exchange/fields.py" line="40"/>
        <source>no statement in this file</source>
        <translation>aucun relevé dans ce fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/exchange/fields.py" line="41"/>
        <source>the file holds the statements of several accounts ({first}, {second}): export one account at a time</source>
        <translation>le fichier contient les relevés de plusieurs comptes ({first}, {second})&#xa0;: exportez un compte à la fois</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/exchange/fields.py" line="46"/>
        <source>the line cannot be read as CSV ({detail})</source>
        <translation>la ligne ne se lit pas comme du CSV ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/exchange/fields.py" line="47"/>
        <source>the column “{column}” is missing: the export may have changed</source>
        <translation>la colonne «&#xa0;{column}&#xa0;» manque&#xa0;: l&apos;export a peut-être changé</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/exchange/fields.py" line="50"/>
        <source>the column “{column}” is empty</source>
        <translation>la colonne «&#xa0;{column}&#xa0;» est vide</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/exchange/fields.py" line="51"/>
        <source>the net amount {net} is not the gross {gross} less the fee {fee}</source>
        <translation>le montant net {net} n&apos;est pas le brut {gross} moins la commission {fee}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/exchange/mt940.py" line="43"/>
        <source>this is not an MT940 file</source>
        <translation>ce n&apos;est pas un fichier MT940</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/exchange/mt940.py" line="44"/>
        <source>“{text}” is not an MT940 statement line (:61:): it needs a date, a debit/credit mark and an amount</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une ligne de relevé MT940 (:61:)&#xa0;: il faut une date, un sens débit/crédit et un montant</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/exchange/mt940.py" line="49"/>
        <source>the :{tag}: field cannot be read (“{text}”)</source>
        <translation>le champ&#xa0;:{tag}: est illisible («&#xa0;{text}&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/exchange/mt940.py" line="50"/>
        <source>the MT940 file is malformed ({detail})</source>
        <translation>le fichier MT940 est mal formé ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/exchange/mt940.py" line="51"/>
        <source>the statement has no account (:25:)</source>
        <translation>le relevé n&apos;a pas de compte (:25:)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/exchange/mt940.py" line="52"/>
        <source>the statement has no opening balance (:60F:), so its currency is unknown</source>
        <translation>le relevé n&apos;a pas de solde d&apos;ouverture (:60F:)&#xa0;: sa devise est inconnue</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/exchange/ofx.py" line="42"/>
        <source>this is not an OFX file</source>
        <translation>ce n&apos;est pas un fichier OFX</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/exchange/ofx.py" line="43"/>
        <source>the OFX header is not valid ({detail})</source>
        <translation>l&apos;en-tête OFX n&apos;est pas valide ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/exchange/ofx.py" line="44"/>
        <source>the OFX markup is malformed ({detail})</source>
        <translation>le balisage OFX est mal formé ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/exchange/ofx.py" line="45"/>
        <source>a transaction has no date (DTPOSTED)</source>
        <translation>une opération n&apos;a pas de date (DTPOSTED)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/exchange/ofx.py" line="46"/>
        <source>a transaction has no amount (TRNAMT)</source>
        <translation>une opération n&apos;a pas de montant (TRNAMT)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/exchange/ofx.py" line="47"/>
        <source>the statement has no currency (CURDEF)</source>
        <translation>le relevé n&apos;a pas de devise (CURDEF)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/exchange/paypal.py" line="46"/>
        <source>this is not a PayPal activity download</source>
        <translation>ce n&apos;est pas un téléchargement d&apos;activité PayPal</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/exchange/statement.py" line="19"/>
        <source>{file}, line {line}: {problem}</source>
        <translation>{file}, ligne {line}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/exchange/statement.py" line="20"/>
        <source>{file}: {problem}</source>
        <translation>{file}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/exchange/stripe.py" line="37"/>
        <source>this is not a Stripe balance export</source>
        <translation>ce n&apos;est pas un export de solde Stripe</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/bank_import.py" line="37"/>
        <source>{file} was already imported on {day} (as {earlier}): nothing was added</source>
        <translation>{file} a déjà été importé le {day} (sous le nom {earlier})&#xa0;: rien n&apos;a été ajouté</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/direct_debit.py" line="66"/>
        <source>the SEPA creditor identifier (ICS) is missing in Settings ▸ Company</source>
        <translation>l&apos;identifiant créancier SEPA (ICS) manque dans Paramètres ▸ Entreprise</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/direct_debit.py" line="69"/>
        <source>the company&apos;s IBAN is missing in Settings ▸ Company</source>
        <translation>l&apos;IBAN de l&apos;entreprise manque dans Paramètres ▸ Entreprise</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/direct_debit.py" line="72"/>
        <source>the collection date must be after today ({today}): the bank needs a day</source>
        <translation>la date de prélèvement doit être après aujourd&apos;hui ({today})&#xa0;: la banque a besoin d&apos;un jour</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/direct_debit.py" line="75"/>
        <source>{day} is a day the SEPA system is closed (weekend or TARGET holiday): choose {next_day}</source>
        <translation>le {day}, le système SEPA est fermé (week-end ou jour férié TARGET)&#xa0;: choisissez le {next_day}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/direct_debit.py" line="79"/>
        <source>no open invoice of a direct-debit customer can be collected on {day}</source>
        <translation>aucune facture ouverte d&apos;un client prélevé ne peut être prélevée le {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/direct_debit.py" line="82"/>
        <source>invoice {number} cannot be collected: {reason}</source>
        <translation>la facture {number} ne peut pas être prélevée&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/direct_debit.py" line="86"/>
        <source>batch {reference} was cancelled on {day}: it cannot change any more</source>
        <translation>le lot {reference} a été annulé le {day}&#xa0;: il ne peut plus changer</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/direct_debit.py" line="93"/>
        <source>the collection {reference} was returned already</source>
        <translation>le prélèvement {reference} a déjà été rejeté</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/direct_debit.py" line="96"/>
        <source>the collection {reference} was cancelled with its batch: nothing was collected</source>
        <translation>le prélèvement {reference} a été annulé avec son lot&#xa0;: rien n&apos;a été prélevé</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/direct_debit.py" line="89"/>
        <source>the bank cannot have collected before the collection date ({day})</source>
        <translation>la banque ne peut pas avoir prélevé avant la date de prélèvement ({day})</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/direct_debit.py" line="83"/>
        <source>batch {reference} was confirmed on {day}: it cannot change any more</source>
        <translation>le lot {reference} a été confirmé le {day}&#xa0;: il ne peut plus changer</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/direct_debit.py" line="92"/>
        <source>{day} is after today ({today})</source>
        <translation>le {day} est après aujourd&apos;hui ({today})</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/direct_debit.py" line="99"/>
        <source>this payment was already returned on {day}</source>
        <translation>ce paiement a déjà été rejeté le {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/direct_debit.py" line="102"/>
        <source>a payment cannot come back before it was received ({day})</source>
        <translation>un paiement ne peut pas revenir avant d&apos;avoir été reçu ({day})</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/direct_debit.py" line="107"/>
        <source>the customer has no mandate in force</source>
        <translation>le client n&apos;a pas de mandat en vigueur</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/direct_debit.py" line="108"/>
        <source>the customer&apos;s mandate is {scheme}</source>
        <translation>le mandat du client est {scheme}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/direct_debit.py" line="109"/>
        <source>SEPA collects euros only, not {currency}</source>
        <translation>le SEPA ne prélève que des euros, pas des {currency}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/direct_debit.py" line="110"/>
        <source>the mandate is signed after the collection date</source>
        <translation>le mandat est signé après la date de prélèvement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/mandates.py" line="36"/>
        <source>the mandate reference {reference} is already used by {customer}</source>
        <translation>la référence de mandat {reference} est déjà utilisée par {customer}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/mandates.py" line="39"/>
        <source>a mandate cannot be signed after today ({today})</source>
        <translation>un mandat ne peut pas être signé après aujourd&apos;hui ({today})</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/mandates.py" line="40"/>
        <source>a mandate needs the account&apos;s IBAN</source>
        <translation>un mandat a besoin de l&apos;IBAN du compte</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/mandates.py" line="41"/>
        <source>a B2B mandate is for business customers only; use CORE for a person</source>
        <translation>un mandat B2B est réservé aux entreprises&#xa0;; choisissez CORE pour un particulier</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/mandates.py" line="44"/>
        <source>{customer} already has mandate {reference} in force: revoke it first</source>
        <translation>{customer} a déjà le mandat {reference} en vigueur&#xa0;: révoquez-le d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/mandates.py" line="47"/>
        <source>mandate {reference} was revoked on {day}</source>
        <translation>le mandat {reference} a été révoqué le {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/mandates.py" line="48"/>
        <source>a mandate cannot be revoked before it was signed ({day})</source>
        <translation>un mandat ne peut pas être révoqué avant sa signature ({day})</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/mandates.py" line="51"/>
        <source>a mandate cannot be revoked after today ({today})</source>
        <translation>un mandat ne peut pas être révoqué après aujourd&apos;hui ({today})</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/reconciliation.py" line="68"/>
        <source>the line of {day} ({amount}) is already confirmed</source>
        <translation>la ligne du {day} ({amount}) est déjà confirmée</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/reconciliation.py" line="71"/>
        <source>the line of {day} ({amount}) is set aside: bring it back to review first</source>
        <translation>la ligne du {day} ({amount}) est mise de côté&#xa0;: remettez-la d&apos;abord à vérifier</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/reconciliation.py" line="74"/>
        <source>the line of {day} ({amount}) has no match to confirm: choose a customer</source>
        <translation>la ligne du {day} ({amount}) n&apos;a pas de correspondance à confirmer&#xa0;: choisissez un client</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/reconciliation.py" line="77"/>
        <source>the line of {day} is money going out: it can only return a payment</source>
        <translation>la ligne du {day} est une sortie d&apos;argent&#xa0;: elle ne peut être que le rejet d&apos;un paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/reconciliation.py" line="80"/>
        <source>the line of {day} is money coming in: it cannot return a payment</source>
        <translation>la ligne du {day} est une entrée d&apos;argent&#xa0;: elle ne peut pas être le rejet d&apos;un paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/reconciliation.py" line="83"/>
        <source>invoice {number} is not {customer}&apos;s or has nothing left to pay</source>
        <translation>la facture {number} n&apos;est pas de {customer} ou n&apos;a plus rien à payer</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/services/reconciliation.py" line="86"/>
        <source>the payment returned was {amount}, not {line_amount}</source>
        <translation>le paiement rejeté était de {amount}, pas de {line_amount}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="98"/>
        <source>the batch file could not be written to {path}: {reason}. Nothing was recorded: choose another folder and write it again</source>
        <translation>le fichier du lot n&apos;a pas pu être créé dans {path}&#xa0;: {reason}. Rien n&apos;a été enregistré&#xa0;: choisissez un autre dossier et recommencez</translation>
    </message>
</context>
<context>
    <name>MessagesTab</name>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/tab.py" line="120"/>
        <location filename="../../desktop/cadence/ui/outbox/tab.py" line="292"/>
        <source>Send waiting messages now</source>
        <translation>Envoyer maintenant les messages en attente</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/tab.py" line="122"/>
        <source>Cadence sends them every two minutes; this sends them at once</source>
        <translation>Cadence les envoie toutes les deux minutes&#xa0;; ce bouton les envoie tout de suite</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/tab.py" line="142"/>
        <source>Search by customer, subject or address</source>
        <translation>Rechercher par client, objet ou adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/tab.py" line="182"/>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/tab.py" line="214"/>
        <source>Written</source>
        <translation>Rédigé le</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/tab.py" line="216"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/tab.py" line="218"/>
        <source>What</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/tab.py" line="219"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/tab.py" line="220"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/tab.py" line="220"/>
        <source>(no address)</source>
        <translation>(pas d&apos;adresse)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/tab.py" line="221"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/tab.py" line="223"/>
        <source>Delivery</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/tab.py" line="244"/>
        <source>No message matches this search.</source>
        <translation>Aucun message ne correspond à cette recherche.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/tab.py" line="246"/>
        <source>Nothing waits for you: every message went or was dealt with.</source>
        <translation>Rien ne vous attend&#xa0;: tous les messages sont partis ou ont été traités.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/tab.py" line="248"/>
        <source>No message here.</source>
        <translation>Aucun message ici.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cadence/ui/outbox/tab.py" line="276"/>
        <source>%n to handle</source>
        <translation>
            <numerusform>%n à traiter</numerusform>
            <numerusform>%n à traiter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/tab.py" line="276"/>
        <source>Nothing to handle</source>
        <translation>Rien à traiter</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cadence/ui/outbox/tab.py" line="279"/>
        <source>%n waiting to go</source>
        <translation>
            <numerusform>%n en attente d&apos;envoi</numerusform>
            <numerusform>%n en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/tab.py" line="282"/>
        <source>last sent {time}</source>
        <translation>dernier envoi {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/tab.py" line="292"/>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/tab.py" line="298"/>
        <source>Show the customer</source>
        <translation>Afficher le client</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/tab.py" line="300"/>
        <source>Show the invoice</source>
        <translation>Afficher la facture</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/tab.py" line="343"/>
        <source>“{subject}” goes by e-mail in a moment.</source>
        <translation>«&#xa0;{subject}&#xa0;» part par e-mail dans un instant.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/tab.py" line="344"/>
        <source>“{subject}” is marked as handled.</source>
        <translation>«&#xa0;{subject}&#xa0;» est marqué comme traité.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/tab.py" line="345"/>
        <source>“{subject}” is discarded: it stays in the history, not sent.</source>
        <translation>«&#xa0;{subject}&#xa0;» ne sera pas envoyé&#xa0;: il reste dans l&apos;historique.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/tab.py" line="374"/>
        <source>Discard this message?</source>
        <translation>Ne pas envoyer ce message&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/tab.py" line="376"/>
        <source>“{subject}” to {customer} will not be sent. It stays in the customer&apos;s history, marked as not sent.</source>
        <translation>«&#xa0;{subject}&#xa0;» pour {customer} ne sera pas envoyé. Il reste dans l&apos;historique du client, marqué comme non envoyé.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/tab.py" line="379"/>
        <source>Discard</source>
        <translation>Ne pas l&apos;envoyer</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/tab.py" line="397"/>
        <source>“{subject}” is open in your mail program: once you have sent it, click Mark as handled.</source>
        <translation>«&#xa0;{subject}&#xa0;» est ouvert dans votre messagerie&#xa0;: une fois le message envoyé, cliquez sur Marquer comme traité.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/tab.py" line="411"/>
        <source>Save the message as</source>
        <translation>Enregistrer le message sous</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/tab.py" line="413"/>
        <source>E-mail messages (*.eml)</source>
        <translation>Messages e-mail (*.eml)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/tab.py" line="435"/>
        <source>Save the attachment as</source>
        <translation>Enregistrer la pièce jointe sous</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/tab.py" line="437"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/tab.py" line="448"/>
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/tab.py" line="452"/>
        <source>The file could not be written to {path}: {problem}</source>
        <translation>Le fichier n&apos;a pas pu être enregistré dans {path}&#xa0;: {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cadence/ui/outbox/tab.py" line="493"/>
        <source>“{subject}” was sent to the printer (%n page(s)).</source>
        <translation>
            <numerusform>«&#xa0;{subject}&#xa0;» a été envoyé à l&apos;imprimante (%n page).</numerusform>
            <numerusform>«&#xa0;{subject}&#xa0;» a été envoyé à l&apos;imprimante (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/tab.py" line="509"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
</context>
<context>
    <name>MovementDetailsDialog</name>
    <message>
        <location filename="../../desktop/cadence/ui/reports/details.py" line="117"/>
        <source>MRR movements</source>
        <translation>Mouvements du MRR</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/details.py" line="122"/>
        <source>{what}, {month}</source>
        <translation>{what}, {month}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/details.py" line="124"/>
        <source>Each customer&apos;s MRR at the start and at the end of {month}, and the subscription events behind the change.</source>
        <translation>Le MRR de chaque client au début et à la fin de {month}, et les événements de ses abonnements à l&apos;origine du changement.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/details.py" line="141"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/details.py" line="142"/>
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/details.py" line="143"/>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/details.py" line="144"/>
        <source>MRR at the start</source>
        <translation>MRR au début</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/details.py" line="145"/>
        <source>MRR at the end</source>
        <translation>MRR à la fin</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/details.py" line="146"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
</context>
<context>
    <name>MovementsSection</name>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="221"/>
        <source>How MRR moved each month, customer by customer: new, expansion, reactivation and resumed (after a pause) add; contraction, churned and paused take away. Click a bar to see the customers and what happened.</source>
        <translation>Comment le MRR a évolué chaque mois, client par client&#xa0;: nouveaux, expansion, réactivation et reprises (après une pause) s&apos;ajoutent&#xa0;; contraction, churn et pauses se retranchent. Cliquez sur une barre pour voir les clients et ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="249"/>
        <source>MRR movements ({currency})</source>
        <translation>Mouvements du MRR ({currency})</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="255"/>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="267"/>
        <source>Net new MRR</source>
        <translation>MRR net nouveau</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="264"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="265"/>
        <source>MRR at the start</source>
        <translation>MRR au début</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="268"/>
        <source>MRR at the end</source>
        <translation>MRR à la fin</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="279"/>
        <source>{count} customer(s)</source>
        <translation>{count} client(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="296"/>
        <source>{kind}, {month}: {amount} from {count} customer(s)</source>
        <translation>{kind}, {month}&#xa0;: {amount} de {count} client(s)</translation>
    </message>
</context>
<context>
    <name>NewSubscriptionDialog</name>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/new_dialog.py" line="110"/>
        <source>New subscription</source>
        <translation>Nouvel abonnement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/new_dialog.py" line="125"/>
        <source>excl. VAT, per unit; left empty: the plan&apos;s price</source>
        <translation>HT, à l&apos;unité&#xa0;; laissé vide&#xa0;: le prix de la formule</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/new_dialog.py" line="129"/>
        <source>Purchase order number, if the customer has one</source>
        <translation>Numéro de bon de commande, si le client en a un</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/new_dialog.py" line="134"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/new_dialog.py" line="135"/>
        <source>Plan</source>
        <translation>Formule</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/new_dialog.py" line="137"/>
        <source>Starts on</source>
        <translation>Début le</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/new_dialog.py" line="138"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/new_dialog.py" line="139"/>
        <source>Negotiated price</source>
        <translation>Prix négocié</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/new_dialog.py" line="140"/>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/new_dialog.py" line="141"/>
        <source>Customer&apos;s reference</source>
        <translation>Référence du client</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/new_dialog.py" line="142"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/new_dialog.py" line="162"/>
        <source>Create subscription</source>
        <translation>Créer l&apos;abonnement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/new_dialog.py" line="181"/>
        <source>There is no plan yet: create one in the Plans tab.</source>
        <translation>Il n&apos;y a encore aucune formule&#xa0;: créez-en une dans l&apos;onglet Formules.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/new_dialog.py" line="203"/>
        <source>Type part of the customer&apos;s name, then pick them in the list</source>
        <translation>Saisissez une partie du nom du client, puis choisissez-le dans la liste</translation>
    </message>
</context>
<context>
    <name>NumberingSection</name>
    <message>
        <location filename="../../desktop/cadence/ui/setup/numbering.py" line="94"/>
        <source>restarts every year</source>
        <translation>repart à zéro chaque année</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/numbering.py" line="95"/>
        <source>restarts every month</source>
        <translation>repart à zéro chaque mois</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/numbering.py" line="96"/>
        <source>never restarts</source>
        <translation>ne repart jamais à zéro</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/numbering.py" line="99"/>
        <source>Documents were numbered this way: it can no longer change, so that their numbers stay continuous.</source>
        <translation>Des documents ont été numérotés ainsi&#xa0;: la numérotation ne peut plus changer, pour que leurs numéros restent continus.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/numbering.py" line="102"/>
        <source>Next invoice: {number}</source>
        <translation>Prochaine facture&#xa0;: {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/numbering.py" line="103"/>
        <source>Next credit note: {number}</source>
        <translation>Prochain avoir&#xa0;: {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/numbering.py" line="108"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/numbering.py" line="109"/>
        <source>Credit notes</source>
        <translation>Avoirs</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/numbering.py" line="123"/>
        <source>In a mask, {YYYY} is the year, {YY} its last two digits, {MM} the month, and {00000} the counter, with at least as many digits as zeros. Letters, digits and - _ . / # are printed as typed.</source>
        <translation>Dans un masque, {YYYY} est l&apos;année, {YY} ses deux derniers chiffres, {MM} le mois et {00000} le compteur, avec au moins autant de chiffres que de zéros. Les lettres, les chiffres et - _ . / # sont imprimés tels quels.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/numbering.py" line="132"/>
        <source>French law wants one continuous series without gaps: a counter may restart each year or month only if the number shows that year or month.</source>
        <translation>La loi impose une numérotation continue, sans rupture&#xa0;: un compteur ne peut repartir à zéro chaque année ou chaque mois que si le numéro indique cette année ou ce mois.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/numbering.py" line="145"/>
        <source>Numbering</source>
        <translation>Numérotation</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/numbering.py" line="148"/>
        <source>How your invoices and credit notes are numbered.</source>
        <translation>Comment vos factures et vos avoirs sont numérotés.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/labels.py" line="48"/>
        <source>To handle</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/labels.py" line="50"/>
        <source>Waiting to go</source>
        <comment>filter</comment>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/labels.py" line="51"/>
        <source>Sent</source>
        <comment>filter</comment>
        <translation>Envoyés</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/labels.py" line="52"/>
        <source>All messages</source>
        <translation>Tous les messages</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/labels.py" line="58"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/labels.py" line="59"/>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/labels.py" line="60"/>
        <source>Renewal notice</source>
        <translation>Avis de reconduction</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/labels.py" line="61"/>
        <source>End of term</source>
        <translation>Fin de contrat</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/labels.py" line="62"/>
        <source>Friendly reminder</source>
        <translation>Relance amiable</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/labels.py" line="63"/>
        <source>Firmer reminder</source>
        <translation>Relance ferme</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/labels.py" line="64"/>
        <source>Formal notice</source>
        <translation>Mise en demeure</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/labels.py" line="70"/>
        <source>Waiting for you</source>
        <translation>Vous attend</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/labels.py" line="71"/>
        <source>Waiting to go</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/labels.py" line="72"/>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/labels.py" line="73"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/labels.py" line="74"/>
        <source>Not delivered</source>
        <translation>Non distribué</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/labels.py" line="75"/>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/labels.py" line="76"/>
        <source>Handled by you</source>
        <translation>Traité par vous</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/labels.py" line="129"/>
        <source>Refused by the mail server</source>
        <translation>Refusé par le serveur de messagerie</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/labels.py" line="131"/>
        <source>No e-mail address: print it</source>
        <translation>Pas d&apos;adresse e-mail&#xa0;: à imprimer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cadence/ui/outbox/labels.py" line="34"/>
        <source>%n attempt(s); next try {time}</source>
        <translation>
            <numerusform>%n tentative&#xa0;; prochain essai {time}</numerusform>
            <numerusform>%n tentatives&#xa0;; prochain essai {time}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/labels.py" line="135"/>
        <source>Goes at the next sending</source>
        <translation>Part au prochain envoi</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/outbox/labels.py" line="137"/>
        <source>Sent {time}</source>
        <translation>Envoyé {time}</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/pause_dialog.py" line="63"/>
        <source>Pause — {customer}, {plan}</source>
        <translation>Pause — {customer}, {plan}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/pause_dialog.py" line="67"/>
        <source>At the start of the next period</source>
        <translation>Au début de la période suivante</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/pause_dialog.py" line="68"/>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/pause_dialog.py" line="76"/>
        <source>Until I resume it</source>
        <translation>Jusqu&apos;à nouvel ordre</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/pause_dialog.py" line="77"/>
        <source>Service resumes on</source>
        <translation>Reprise du service le</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/pause_dialog.py" line="85"/>
        <source>Holidays, closure for works… (optional)</source>
        <translation>Congés, fermeture pour travaux… (facultatif)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/pause_dialog.py" line="88"/>
        <source>Pause</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/pause_dialog.py" line="89"/>
        <source>Until</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/pause_dialog.py" line="90"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/pause_dialog.py" line="95"/>
        <source>Periods that start during the pause are not invoiced. A period already invoiced is served to its end.</source>
        <translation>Les périodes qui commencent pendant la pause ne sont pas facturées. Une période déjà facturée est servie jusqu&apos;à son terme.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/pause_dialog.py" line="108"/>
        <source>Pause the subscription</source>
        <translation>Mettre l&apos;abonnement en pause</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/pause_dialog.py" line="130"/>
        <source>At the start of the next period, on {day}</source>
        <translation>Au début de la période suivante, le {day}</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/payment_dialog.py" line="49"/>
        <source>Record a payment</source>
        <translation>Enregistrer un paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/payment_dialog.py" line="52"/>
        <source>Invoice {number} — {customer}</source>
        <translation>Facture {number} — {customer}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/payment_dialog.py" line="62"/>
        <source>Left to pay: {amount}</source>
        <translation>Reste à payer&#xa0;: {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/payment_dialog.py" line="89"/>
        <source>Transfer label, cheque number… (optional)</source>
        <translation>Libellé du virement, numéro de chèque… (facultatif)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/payment_dialog.py" line="93"/>
        <source>Amount received ({currency}):</source>
        <translation>Montant reçu ({currency})&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/payment_dialog.py" line="99"/>
        <source>Received on:</source>
        <translation>Reçu le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/payment_dialog.py" line="100"/>
        <source>Method:</source>
        <translation>Mode de paiement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/payment_dialog.py" line="101"/>
        <source>Reference:</source>
        <translation>Référence&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/payment_dialog.py" line="113"/>
        <source>Record the payment</source>
        <translation>Enregistrer le paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/payment_dialog.py" line="136"/>
        <source>{excess} more than what is left to pay: it will be kept as credit for {customer}&apos;s next invoices.</source>
        <translation>{excess} de plus que le reste à payer&#xa0;: ce montant sera conservé en crédit pour les prochaines factures de {customer}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/payment_dialog.py" line="155"/>
        <source>Type the amount received, such as {example}.</source>
        <translation>Saisissez le montant reçu, par exemple {example}.</translation>
    </message>
</context>
<context>
    <name>PaymentsSection</name>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="585"/>
        <source>What customers owe at the end of the period, VAT included, by how late it is (click a bar for the customers); payments received each month, those after the due date, and those the bank returned.</source>
        <translation>Ce que doivent les clients à la fin de la période, TTC, selon le retard (cliquez sur une barre pour voir les clients)&#xa0;; les paiements reçus chaque mois, ceux reçus après l&apos;échéance, et ceux rejetés par la banque.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="606"/>
        <source>Owed at the end of the period, by days late ({currency})</source>
        <translation>Dû à la fin de la période, par jours de retard ({currency})</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="630"/>
        <source>Payments received ({currency})</source>
        <translation>Paiements reçus ({currency})</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="633"/>
        <source>On time</source>
        <translation>À temps</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="636"/>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="672"/>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="642"/>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="675"/>
        <source>Failed</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="655"/>
        <source>At the end of the period: {owed} owed, of which {overdue} overdue on {invoices} invoice(s) of {customers} customer(s). Days sales outstanding: {dso} (what is owed ÷ what was invoiced over the last {days} days × {days}).</source>
        <translation>À la fin de la période&#xa0;: {owed} dus, dont {overdue} en retard sur {invoices} facture(s) de {customers} client(s). Délai moyen de paiement (DSO)&#xa0;: {dso} (ce qui est dû ÷ ce qui a été facturé sur les {days} derniers jours × {days}).</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="669"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="670"/>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="671"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="673"/>
        <source>Received late</source>
        <translation>Reçu en retard</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="674"/>
        <source>Average days late</source>
        <translation>Retard moyen (jours)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="676"/>
        <source>Failed amount</source>
        <translation>Montant rejeté</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="700"/>
        <source>{bucket}: {amount} on {invoices} invoice(s)</source>
        <translation>{bucket}&#xa0;: {amount} sur {invoices} facture(s)</translation>
    </message>
</context>
<context>
    <name>PdfFolderSection</name>
    <message>
        <location filename="../../desktop/cadence/ui/setup/files.py" line="130"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/files.py" line="131"/>
        <source>Use the default</source>
        <translation>Utiliser le dossier par défaut</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/files.py" line="134"/>
        <source>PDF folder</source>
        <translation>Dossier des PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/files.py" line="142"/>
        <source>Cadence saves the PDF of every invoice and credit note here, in one folder per year, named by number. The default is {folder}.</source>
        <translation>Cadence enregistre ici le PDF de chaque facture et de chaque avoir, dans un dossier par année, sous son numéro. Par défaut&#xa0;: {folder}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/files.py" line="152"/>
        <source>Invoice PDFs</source>
        <translation>PDF des factures</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/files.py" line="155"/>
        <source>The folder where your invoices are saved as PDF files.</source>
        <translation>Le dossier où vos factures sont enregistrées au format PDF.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/files.py" line="160"/>
        <source>Choose the PDF folder</source>
        <translation>Choisir le dossier des PDF</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/preview.py" line="53"/>
        <location filename="../../desktop/cadence/ui/invoices/preview.py" line="148"/>
        <source>Write it now</source>
        <translation>Le générer maintenant</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/preview.py" line="86"/>
        <source>Select an invoice or a credit note to see it here.</source>
        <translation>Sélectionnez une facture ou un avoir pour l&apos;afficher ici.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/preview.py" line="93"/>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/preview.py" line="98"/>
        <source>Writing the PDF of {number}…</source>
        <translation>Génération du PDF de {number}…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/preview.py" line="115"/>
        <source>The PDF of {number} cannot be read: it may be damaged.</source>
        <translation>Le PDF de {number} est illisible&#xa0;: il est peut-être endommagé.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/preview.py" line="118"/>
        <location filename="../../desktop/cadence/ui/invoices/preview.py" line="132"/>
        <location filename="../../desktop/cadence/ui/invoices/preview.py" line="140"/>
        <source>Write it again</source>
        <translation>Le générer à nouveau</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/preview.py" line="125"/>
        <source>A draft has no PDF: it gets one when it is issued.</source>
        <translation>Un brouillon n&apos;a pas de PDF&#xa0;: il en reçoit un à son émission.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/preview.py" line="129"/>
        <source>The PDF of {number} is no longer at {path}: it was moved or deleted. Cadence can write it again, exactly as it was issued.</source>
        <translation>Le PDF de {number} n&apos;est plus à l&apos;emplacement {path}&#xa0;: il a été déplacé ou supprimé. Cadence peut le générer à nouveau, exactement tel qu&apos;il a été émis.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/preview.py" line="137"/>
        <source>The PDF of {number} at {path} was changed since Cadence wrote it. Cadence can write it again, exactly as it was issued.</source>
        <translation>Le PDF de {number} situé à l&apos;emplacement {path} a été modifié depuis que Cadence l&apos;a généré. Cadence peut le générer à nouveau, exactement tel qu&apos;il a été émis.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/preview.py" line="145"/>
        <source>The PDF of {number} has not been written yet: Cadence writes the PDFs in the background after issuing, and this one is still waiting.</source>
        <translation>Le PDF de {number} n&apos;a pas encore été généré&#xa0;: Cadence génère les PDF en arrière-plan après l&apos;émission, et celui-ci est encore en attente.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="144"/>
        <source>New plan</source>
        <translation>Nouvelle formule</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="146"/>
        <source>Plan: {name}</source>
        <translation>Formule&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="151"/>
        <source>As customers and invoices read it</source>
        <translation>Tel que les clients et les factures le liront</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="154"/>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="155"/>
        <source>Add an item to the catalogue</source>
        <translation>Ajouter un article au catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="156"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="157"/>
        <source>Change the chosen item</source>
        <translation>Modifier l&apos;article choisi</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="162"/>
        <source>e.g. 29,90</source>
        <translation>ex.&#xa0;: 29,90</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="175"/>
        <source>What the plan includes (optional)</source>
        <translation>Ce que comprend la formule (facultatif)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="179"/>
        <source>Terms and conditions printed for subscribers</source>
        <translation>Conditions imprimées pour les abonnés</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="181"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="182"/>
        <source>Sells the item</source>
        <translation>Article vendu</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="184"/>
        <source>Price excl. VAT</source>
        <translation>Prix HT</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="185"/>
        <source>VAT rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="186"/>
        <source>On sale from</source>
        <translation>En vente à partir du</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="187"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="188"/>
        <source>Terms</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="192"/>
        <source>every </source>
        <translation>par période de </translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="202"/>
        <source>no trial</source>
        <translation>sans essai</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="203"/>
        <source>no commitment</source>
        <translation>sans engagement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="208"/>
        <source>What cancelling before the end of the commitment costs the customer</source>
        <translation>Ce que coûte au client une résiliation avant la fin de l&apos;engagement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="210"/>
        <source>no notice</source>
        <translation>sans préavis</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="213"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="216"/>
        <source>Days after an invoice&apos;s due date before an unpaid subscription is past due</source>
        <translation>Nombre de jours après l&apos;échéance d&apos;une facture avant qu&apos;un abonnement non réglé passe en impayé</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="224"/>
        <source> invoices</source>
        <translation> factures</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="229"/>
        <source> days before</source>
        <translation> jours avant</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="232"/>
        <source>How long before a renewal or the end of the term the customer is told</source>
        <translation>Combien de temps avant une reconduction ou la fin du contrat le client est prévenu</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="237"/>
        <source>e.g. Renew before the 31st and get the 13th month free</source>
        <translation>ex.&#xa0;: Renouvelez avant le 31 et profitez du 13e mois offert</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="241"/>
        <source>A paragraph added to the notices sent before a renewal or the end of the term; at most {maximum} characters</source>
        <translation>Un paragraphe ajouté aux avis envoyés avant une reconduction ou la fin du contrat&#xa0;; {maximum} caractères au plus</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="251"/>
        <source>Bill</source>
        <translation>Facturer</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="252"/>
        <source>On</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="253"/>
        <source>Day of the month</source>
        <translation>Jour du mois</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="254"/>
        <source>Invoice</source>
        <translation>Émission des factures</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="255"/>
        <source>Free trial</source>
        <translation>Essai gratuit</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="256"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="257"/>
        <source>Early cancellation</source>
        <translation>Résiliation anticipée</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="258"/>
        <source>Notice to cancel</source>
        <translation>Préavis de résiliation</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="259"/>
        <source>Grace period</source>
        <translation>Délai de grâce</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="260"/>
        <source>Renewal</source>
        <translation>Reconduction</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="261"/>
        <source>Ends after</source>
        <translation>Prend fin après</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="262"/>
        <source>Renewal reminder</source>
        <translation>Rappel de reconduction</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="265"/>
        <source>Offer in renewal notices (optional)</source>
        <translation>Offre dans les avis de reconduction (facultatif)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="271"/>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="273"/>
        <source>Billing and contract</source>
        <translation>Facturation et contrat</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="368"/>
        <source>{name} (archived)</source>
        <translation>{name} (archivé)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="436"/>
        <source>{count} subscription(s) follow this cycle: it cannot change. Create a new plan to offer another one.</source>
        <translation>Ce cycle est suivi par {count} abonnement(s)&#xa0;: il ne peut pas changer. Créez une nouvelle formule pour en proposer un autre.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="492"/>
        <source>choose what the plan sells, or add an item with “New…”</source>
        <translation>choisissez ce que vend la formule, ou ajoutez un article avec «&#xa0;Nouveau…&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/dialog.py" line="496"/>
        <source>type the price excl. VAT, e.g. 29,90</source>
        <translation>saisissez le prix HT, ex.&#xa0;: 29,90</translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <location filename="../../desktop/cadence/ui/plans/labels.py" line="24"/>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/labels.py" line="25"/>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/labels.py" line="26"/>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/labels.py" line="27"/>
        <source>year</source>
        <translation>an</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/labels.py" line="30"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/labels.py" line="31"/>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/labels.py" line="32"/>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/labels.py" line="33"/>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/labels.py" line="41"/>
        <source>{count} {unit}</source>
        <translation>{count} {unit}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/labels.py" line="50"/>
        <source>every day</source>
        <translation>chaque jour</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/labels.py" line="51"/>
        <source>every week</source>
        <translation>chaque semaine</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/labels.py" line="52"/>
        <source>every month</source>
        <translation>chaque mois</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/labels.py" line="53"/>
        <source>every year</source>
        <translation>chaque année</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/labels.py" line="56"/>
        <source>every {count} days</source>
        <translation>tous les {count} jours</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/labels.py" line="57"/>
        <source>every {count} weeks</source>
        <translation>toutes les {count} semaines</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/labels.py" line="58"/>
        <source>every {count} months</source>
        <translation>tous les {count} mois</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/labels.py" line="59"/>
        <source>every {count} years</source>
        <translation>tous les {count} ans</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/labels.py" line="65"/>
        <source>The day the subscription starts</source>
        <translation>Le jour anniversaire de l&apos;abonnement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/labels.py" line="68"/>
        <source>The last day of the month</source>
        <translation>Le dernier jour du mois</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/labels.py" line="71"/>
        <source>A fixed day of the month</source>
        <translation>Un jour fixe du mois</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/labels.py" line="78"/>
        <source>at month end</source>
        <translation>en fin de mois</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/labels.py" line="80"/>
        <source>on day {day}</source>
        <translation>le {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/labels.py" line="86"/>
        <source>In advance, when each period starts</source>
        <translation>D&apos;avance, au début de chaque période</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/labels.py" line="89"/>
        <source>In arrears, when each period ends</source>
        <translation>À terme échu, à la fin de chaque période</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/labels.py" line="97"/>
        <location filename="../../desktop/cadence/ui/plans/labels.py" line="107"/>
        <source>Renews automatically</source>
        <translation>Reconduction tacite</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/labels.py" line="98"/>
        <source>Ends after a number of cycles</source>
        <translation>Prend fin après un nombre de cycles</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/labels.py" line="109"/>
        <source>Ends after 1 invoice</source>
        <translation>Prend fin après 1 facture</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/labels.py" line="110"/>
        <source>Ends after {count} invoices</source>
        <translation>Prend fin après {count} factures</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/labels.py" line="117"/>
        <source>Bill what remains of the commitment</source>
        <translation>Facturer le reste de l&apos;engagement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/labels.py" line="120"/>
        <source>No fee</source>
        <translation>Sans frais</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/labels.py" line="127"/>
        <source>standard rate</source>
        <translation>taux normal</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/labels.py" line="128"/>
        <location filename="../../desktop/cadence/ui/plans/labels.py" line="141"/>
        <source>Corsica</source>
        <translation>Corse</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/labels.py" line="129"/>
        <source>intermediate rate</source>
        <translation>taux intermédiaire</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/labels.py" line="130"/>
        <location filename="../../desktop/cadence/ui/plans/labels.py" line="135"/>
        <location filename="../../desktop/cadence/ui/plans/labels.py" line="138"/>
        <source>Guadeloupe, Martinique, La Réunion</source>
        <translation>Guadeloupe, Martinique, La Réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/labels.py" line="133"/>
        <source>reduced rate</source>
        <translation>taux réduit</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/labels.py" line="134"/>
        <source>super-reduced rate</source>
        <translation>taux particulier</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/labels.py" line="142"/>
        <source>no VAT (exempt or zero-rated)</source>
        <translation>pas de TVA (exonération ou taux zéro)</translation>
    </message>
</context>
<context>
    <name>PlansTab</name>
    <message>
        <location filename="../../desktop/cadence/ui/plans/tab.py" line="78"/>
        <source>Search by plan, item or description…</source>
        <translation>Rechercher par formule, article ou description…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/tab.py" line="86"/>
        <source>Show archived</source>
        <translation>Afficher les archivées</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/tab.py" line="88"/>
        <source>New plan…</source>
        <translation>Nouvelle formule…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/tab.py" line="113"/>
        <source>in arrears</source>
        <translation>à terme échu</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/tab.py" line="122"/>
        <source>Plan</source>
        <translation>Formule</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/tab.py" line="123"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/tab.py" line="124"/>
        <source>Price excl. VAT</source>
        <translation>Prix HT</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/tab.py" line="125"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/tab.py" line="126"/>
        <source>Billed</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/tab.py" line="128"/>
        <source>Trial</source>
        <translation>Essai</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/tab.py" line="131"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/tab.py" line="136"/>
        <source>Renewal</source>
        <translation>Reconduction</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/tab.py" line="143"/>
        <source>Subscribers</source>
        <translation>Abonnés</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/tab.py" line="147"/>
        <source>Running subscriptions: {count}</source>
        <translation>Abonnements en cours&#xa0;: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/tab.py" line="152"/>
        <source>On sale from</source>
        <translation>Mise en vente</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/tab.py" line="159"/>
        <location filename="../../desktop/cadence/ui/plans/tab.py" line="309"/>
        <source>Plans</source>
        <translation>Formules</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/tab.py" line="172"/>
        <source>{name} is already archived.</source>
        <translation>La formule {name} est déjà archivée.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/tab.py" line="219"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/tab.py" line="222"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/tab.py" line="224"/>
        <source>Archive…</source>
        <translation>Archiver…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/tab.py" line="265"/>
        <source>Its {count} running subscription(s) go on as before; no new customer can subscribe to it.</source>
        <translation>Ses abonnements en cours ({count}) se poursuivent comme avant&#xa0;; aucun nouveau client ne peut y souscrire.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/tab.py" line="269"/>
        <source>No new customer can subscribe to it.</source>
        <translation>Aucun nouveau client ne peut y souscrire.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/tab.py" line="272"/>
        <source>Archive a plan</source>
        <translation>Archiver une formule</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/tab.py" line="273"/>
        <source>Withdraw {name} from sale? {consequence} You can restore it later.</source>
        <translation>Retirer {name} de la vente&#xa0;? {consequence} Vous pourrez la remettre en vente plus tard.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/tab.py" line="276"/>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/tab.py" line="281"/>
        <source>{name} is withdrawn from sale.</source>
        <translation>La formule {name} est retirée de la vente.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/tab.py" line="292"/>
        <source>{name} is on sale again.</source>
        <translation>La formule {name} est de nouveau en vente.</translation>
    </message>
</context>
<context>
    <name>PreferencesSection</name>
    <message>
        <location filename="../../desktop/cadence/ui/setup/window_preferences.py" line="34"/>
        <source>The system&apos;s language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/window_preferences.py" line="41"/>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/window_preferences.py" line="43"/>
        <source>Issue what fell due while Cadence was closed without asking first</source>
        <translation>Émettre sans me demander les factures prévues pendant que Cadence était fermé</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/window_preferences.py" line="45"/>
        <location filename="../../desktop/cadence/ui/setup/window_preferences.py" line="46"/>
        <source> days ahead</source>
        <translation> jours à l&apos;avance</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/window_preferences.py" line="49"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/window_preferences.py" line="51"/>
        <source>The new language applies the next time Cadence starts.</source>
        <translation>La nouvelle langue s&apos;applique au prochain démarrage de Cadence.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/window_preferences.py" line="53"/>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/window_preferences.py" line="57"/>
        <source>Look for invoices due every</source>
        <translation>Chercher les factures à émettre toutes les</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/window_preferences.py" line="63"/>
        <source>When unticked, Cadence shows the invoices that fell due while it was closed, for you to review before they are issued.</source>
        <translation>Si la case est décochée, Cadence vous présente les factures prévues pendant sa fermeture, pour que vous les vérifiiez avant leur émission.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/window_preferences.py" line="68"/>
        <source>Billing in the background</source>
        <translation>Facturation en arrière-plan</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/window_preferences.py" line="72"/>
        <source>Renewals, commitment ends and notices</source>
        <translation>Reconductions, fins d&apos;engagement et préavis</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/window_preferences.py" line="73"/>
        <source>Invoices falling due</source>
        <translation>Factures arrivant à échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/window_preferences.py" line="74"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/window_preferences.py" line="85"/>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/window_preferences.py" line="88"/>
        <source>How Cadence behaves on this computer; kept apart from your company&apos;s data.</source>
        <translation>Le comportement de Cadence sur cet ordinateur, conservé à part des données de votre entreprise.</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <location filename="../../desktop/cadence/ui/setup/reminder_settings.py" line="93"/>
        <source>Send renewal notices before each renewal</source>
        <translation>Envoyer un avis avant chaque reconduction</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/reminder_settings.py" line="99"/>
        <source>Before a subscription renews by itself or reaches the end of its term, the customer is told, as French law requires for consumers. How many days before, and the offer the notice carries, are set on each plan (Plans ▸ Renewal reminder).</source>
        <translation>Avant qu&apos;un abonnement soit reconduit tacitement ou arrive à son terme, le client en est informé, comme la loi l&apos;exige pour les particuliers. Le nombre de jours d&apos;avance et l&apos;offre que porte l&apos;avis se règlent sur chaque formule (Formules ▸ Rappel de reconduction).</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/reminder_settings.py" line="106"/>
        <source>Renewal notices</source>
        <translation>Avis de reconduction</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/reminder_settings.py" line="109"/>
        <source>Send payment reminders</source>
        <translation>Envoyer des relances de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/reminder_settings.py" line="116"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/reminder_settings.py" line="117"/>
        <source>Days after the due date</source>
        <translation>Jours après l&apos;échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/reminder_settings.py" line="118"/>
        <source>Charge late-payment interest</source>
        <translation>Facturer les pénalités de retard</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/reminder_settings.py" line="119"/>
        <source>Charge the €40 recovery indemnity</source>
        <translation>Facturer l&apos;indemnité de recouvrement de 40&#xa0;€</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/reminder_settings.py" line="120"/>
        <source>Attach the letter as a PDF</source>
        <translation>Joindre la lettre en PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/reminder_settings.py" line="130"/>
        <source>Friendly reminder</source>
        <translation>Relance amiable</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/reminder_settings.py" line="130"/>
        <source>Firmer reminder</source>
        <translation>Relance ferme</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/reminder_settings.py" line="130"/>
        <source>Formal notice</source>
        <translation>Mise en demeure</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/reminder_settings.py" line="138"/>
        <source>e.g. 12,15</source>
        <translation>ex.&#xa0;: 12,15</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/reminder_settings.py" line="144"/>
        <source>% per year</source>
        <translation>% par an</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/reminder_settings.py" line="156"/>
        <source>Only business customers owe the €40 indemnity: consumers are never charged it. A level that is off is skipped.</source>
        <translation>Seuls les clients entreprises doivent l&apos;indemnité de 40&#xa0;€&#xa0;: elle n&apos;est jamais facturée aux particuliers. Un niveau désactivé est ignoré.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/reminder_settings.py" line="163"/>
        <source>Late-payment interest rate</source>
        <translation>Taux des pénalités de retard</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/reminder_settings.py" line="168"/>
        <source>The ECB rate + 10 points, e.g. 12.15. Needed when a level charges interest.</source>
        <translation>Le taux de la BCE + 10 points, ex.&#xa0;: 12,15. Nécessaire si un niveau facture des pénalités.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/reminder_settings.py" line="177"/>
        <source>Payment reminders</source>
        <translation>Relances de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/reminder_settings.py" line="187"/>
        <source>Reminders</source>
        <translation>Avis et relances</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/reminder_settings.py" line="191"/>
        <source>The notices and reminders Cadence writes to your customers; change their wording in “Message wording”.</source>
        <translation>Les avis et relances que Cadence adresse à vos clients&#xa0;; modifiez leur texte dans «&#xa0;Textes des messages&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ReportFilters</name>
    <message>
        <location filename="../../desktop/cadence/ui/reports/filters.py" line="36"/>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/filters.py" line="37"/>
        <source>Last 24 months</source>
        <translation>24 derniers mois</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/filters.py" line="38"/>
        <source>Last 36 months</source>
        <translation>36 derniers mois</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/filters.py" line="39"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/filters.py" line="40"/>
        <source>Last year</source>
        <translation>L&apos;an dernier</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/filters.py" line="41"/>
        <source>Other period…</source>
        <translation>Autre période…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/filters.py" line="50"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/filters.py" line="52"/>
        <location filename="../../desktop/cadence/ui/reports/filters.py" line="95"/>
        <source>All plans</source>
        <translation>Toutes les formules</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/filters.py" line="62"/>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/filters.py" line="68"/>
        <source>Plan:</source>
        <translation>Formule&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/filters.py" line="98"/>
        <source>{name} (withdrawn)</source>
        <translation>{name} (retirée)</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../desktop/cadence/ui/reports/wording.py" line="40"/>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/wording.py" line="41"/>
        <source>Expansion</source>
        <translation>Expansion</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/wording.py" line="42"/>
        <source>Reactivation</source>
        <translation>Réactivation</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/wording.py" line="43"/>
        <location filename="../../desktop/cadence/ui/reports/wording.py" line="81"/>
        <source>Resumed</source>
        <translation>Reprises</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/wording.py" line="44"/>
        <source>Contraction</source>
        <translation>Contraction</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/wording.py" line="45"/>
        <source>Churned</source>
        <translation>Churn</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/wording.py" line="46"/>
        <location filename="../../desktop/cadence/ui/reports/wording.py" line="80"/>
        <source>Paused</source>
        <translation>Pauses</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/wording.py" line="54"/>
        <location filename="../../desktop/cadence/ui/reports/wording.py" line="65"/>
        <source>Not due</source>
        <translation>Non échu</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/wording.py" line="55"/>
        <source>1–30</source>
        <translation>1–30</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/wording.py" line="56"/>
        <source>31–60</source>
        <translation>31–60</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/wording.py" line="57"/>
        <source>61–90</source>
        <translation>61–90</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/wording.py" line="58"/>
        <source>&gt; 90</source>
        <translation>&gt; 90</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/wording.py" line="66"/>
        <source>1–30 days</source>
        <translation>1 à 30 jours</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/wording.py" line="67"/>
        <source>31–60 days</source>
        <translation>31 à 60 jours</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/wording.py" line="68"/>
        <source>61–90 days</source>
        <translation>61 à 90 jours</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/wording.py" line="69"/>
        <source>Over 90 days</source>
        <translation>Plus de 90 jours</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/wording.py" line="76"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/wording.py" line="77"/>
        <source>Trial ended, now paying</source>
        <translation>Fin d&apos;essai, désormais payant</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/wording.py" line="78"/>
        <source>Plan, quantity or price changed</source>
        <translation>Formule, quantité ou prix changé</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/wording.py" line="79"/>
        <source>The plan&apos;s price changed</source>
        <translation>Prix de la formule changé</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/wording.py" line="82"/>
        <source>Cancelled</source>
        <translation>Résilié</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/wording.py" line="83"/>
        <source>Fixed term ended</source>
        <translation>Fin de la durée fixe</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/wording.py" line="93"/>
        <source>{what} ({reason})</source>
        <translation>{what} ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/wording.py" line="97"/>
        <source>{day} · {what}: {plan} · {before} → {after} (subscription {number})</source>
        <translation>{day} · {what}&#xa0;: {plan} · {before} → {after} (abonnement {number})</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/wording.py" line="114"/>
        <source>{first}–{last} {month}</source>
        <translation>{first}–{last} {month}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/wording.py" line="162"/>
        <source>{amount} ({relative}) in 30 days</source>
        <translation>{amount} ({relative}) en 30 jours</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/wording.py" line="165"/>
        <source>{amount} in 30 days</source>
        <translation>{amount} en 30 jours</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/wording.py" line="171"/>
        <source>nothing to compare with the 30 days before</source>
        <translation>rien à comparer avec les 30 jours précédents</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/wording.py" line="174"/>
        <source>{points} pt vs the 30 days before</source>
        <translation>{points}&#xa0;pt par rapport aux 30 jours précédents</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../desktop/cadence/ui/reports/tab.py" line="145"/>
        <source>Active subscriptions</source>
        <translation>Abonnements actifs</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/tab.py" line="147"/>
        <source>Overdue</source>
        <translation>Retards de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/tab.py" line="116"/>
        <location filename="../../desktop/cadence/ui/reports/tab.py" line="194"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/tab.py" line="127"/>
        <source>PDF report…</source>
        <translation>Rapport PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/tab.py" line="129"/>
        <source>Save every chart and table of this period as a PDF, to print or send</source>
        <translation>Enregistrer tous les graphiques et tableaux de cette période en PDF, à imprimer ou à envoyer</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/tab.py" line="143"/>
        <source>Monthly recurring revenue (MRR)</source>
        <translation>Revenu mensuel récurrent (MRR)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/tab.py" line="144"/>
        <source>Annual recurring revenue (ARR)</source>
        <translation>Revenu annuel récurrent (ARR)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/tab.py" line="146"/>
        <source>Customer churn, last 30 days</source>
        <translation>Churn clients, 30 derniers jours</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/tab.py" line="168"/>
        <source>Revenue</source>
        <translation>Revenu</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/tab.py" line="169"/>
        <source>Movements</source>
        <translation>Mouvements</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/tab.py" line="170"/>
        <source>Churn and retention</source>
        <translation>Churn et rétention</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/tab.py" line="171"/>
        <source>Growth</source>
        <translation>Croissance</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/tab.py" line="172"/>
        <source>Cancellations</source>
        <translation>Résiliations</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/tab.py" line="173"/>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/tab.py" line="174"/>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/tab.py" line="240"/>
        <source>Working out the figures…</source>
        <translation>Calcul des chiffres…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/tab.py" line="265"/>
        <source>Figures of {day}</source>
        <translation>Chiffres au {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/tab.py" line="329"/>
        <source>excl. VAT, after permanent discounts</source>
        <translation>HT, après remises permanentes</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/tab.py" line="335"/>
        <source>MRR × 12</source>
        <translation>MRR × 12</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/tab.py" line="341"/>
        <source>paying today; trials and pauses not counted</source>
        <translation>payants aujourd&apos;hui&#xa0;; essais et pauses non comptés</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/tab.py" line="351"/>
        <source>{lost} customer(s) lost; revenue churn {revenue}</source>
        <translation>{lost} client(s) perdu(s)&#xa0;; churn du revenu {revenue}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/tab.py" line="362"/>
        <source>{count} invoice(s) of {customers} customer(s), VAT incl., all plans</source>
        <translation>{count} facture(s) de {customers} client(s), TTC, toutes formules</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/tab.py" line="422"/>
        <source>Export as CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/tab.py" line="424"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/tab.py" line="434"/>
        <location filename="../../desktop/cadence/ui/reports/tab.py" line="479"/>
        <source>Saved {name}</source>
        <translation>{name} enregistré</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/tab.py" line="441"/>
        <source>Save the report as a PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/tab.py" line="442"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/tab.py" line="443"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/tab.py" line="468"/>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/tab.py" line="484"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/tab.py" line="485"/>
        <source>{path} could not be written: {reason}. Nothing was saved.</source>
        <translation>Impossible d&apos;écrire {path}&#xa0;: {reason}. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/tab.py" line="366"/>
        <source>nothing is late</source>
        <translation>aucun retard</translation>
    </message>
</context>
<context>
    <name>ReturnPaymentDialog</name>
    <message>
        <location filename="../../desktop/cadence/ui/customers/return_dialog.py" line="62"/>
        <source>Record a payment as returned</source>
        <translation>Enregistrer un paiement rejeté</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/return_dialog.py" line="65"/>
        <source>{amount} received on {day} · {method}</source>
        <translation>Paiement de {amount} reçu le {day} · {method}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/return_dialog.py" line="77"/>
        <source>The invoices this payment settled are unpaid again, and the reminders take them up from their due dates.</source>
        <translation>Les factures que ce paiement réglait redeviennent impayées, et les relances reprennent à partir de leur échéance.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/return_dialog.py" line="87"/>
        <source>Another reason, in your words</source>
        <translation>Autre motif, avec vos mots</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/return_dialog.py" line="94"/>
        <source>Cheque without funds, account closed…</source>
        <translation>Chèque sans provision, compte clôturé…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/return_dialog.py" line="96"/>
        <source>Returned on</source>
        <translation>Rejeté le</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/return_dialog.py" line="97"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/return_dialog.py" line="101"/>
        <source>The bank&apos;s statement gives a code of four letters and digits.</source>
        <translation>Le relevé bancaire indique un code de quatre lettres et chiffres.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/return_dialog.py" line="109"/>
        <source>Record as returned</source>
        <translation>Enregistrer le rejet</translation>
    </message>
</context>
<context>
    <name>RevenueSection</name>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="169"/>
        <source>MRR: what the paying subscriptions bring in a month, excl. VAT, after permanent discounts (trials and pauses count nothing). ARR = MRR × 12. At the end of each month; the last one to its last day.</source>
        <translation>MRR&#xa0;: ce que rapportent par mois les abonnements payants, HT, après remises permanentes (essais et pauses ne comptent pas). ARR = MRR × 12. À la fin de chaque mois&#xa0;; le dernier, à son dernier jour.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="182"/>
        <source>MRR at the end of each month ({currency})</source>
        <translation>MRR à la fin de chaque mois ({currency})</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="184"/>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="191"/>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="190"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="192"/>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="193"/>
        <source>Net new MRR</source>
        <translation>MRR net nouveau</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="194"/>
        <source>Active subscriptions</source>
        <translation>Abonnements actifs</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../desktop/cadence/ui/billing/review.py" line="72"/>
        <source>Invoices due since Cadence last ran</source>
        <translation>Factures à émettre depuis la dernière ouverture de Cadence</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/billing/review.py" line="82"/>
        <source>{count} invoice(s) fell due while Cadence was closed ({amount} incl. VAT). Issue them now, or postpone or skip some of them first.</source>
        <translation>{count} facture(s) prévue(s) pendant que Cadence était fermé ({amount} TTC). Émettez-les maintenant, ou commencez par reporter ou ne pas facturer certaines d&apos;entre elles.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/billing/review.py" line="91"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/billing/review.py" line="92"/>
        <source>Plan</source>
        <translation>Formule</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/billing/review.py" line="93"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/billing/review.py" line="94"/>
        <source>Amount incl. VAT</source>
        <translation>Montant TTC</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/billing/review.py" line="95"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/billing/review.py" line="96"/>
        <source>Postpone to</source>
        <translation>Reporter au</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/billing/review.py" line="110"/>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/billing/review.py" line="115"/>
        <source>charges left to invoice</source>
        <translation>montants restant à facturer</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/billing/review.py" line="131"/>
        <location filename="../../desktop/cadence/ui/billing/review.py" line="160"/>
        <source>Issue</source>
        <translation>Émettre</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/billing/review.py" line="133"/>
        <source>Postpone</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/billing/review.py" line="134"/>
        <source>Skip this period</source>
        <translation>Ne pas facturer cette période</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/billing/review.py" line="150"/>
        <source>From now on, issue what falls due without asking me</source>
        <translation>Désormais, émettre les factures prévues sans me demander</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/billing/review.py" line="163"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>RevokeMandateDialog</name>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandate_dialog.py" line="338"/>
        <source>Revoke mandate {reference}</source>
        <translation>Révoquer le mandat {reference}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandate_dialog.py" line="343"/>
        <source>No invoice of {customer} will be collected under this mandate any more. A batch already written keeps its collections: cancel it if the bank has not collected yet. A revoked mandate cannot be used again: the customer signs a new one.</source>
        <translation>Plus aucune facture de {customer} ne sera prélevée au titre de ce mandat. Un lot déjà généré conserve ses prélèvements&#xa0;: annulez-le si la banque n&apos;a pas encore prélevé. Un mandat révoqué ne peut plus servir&#xa0;: le client doit en signer un nouveau.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandate_dialog.py" line="356"/>
        <source>Letter of the customer, closed account… (optional)</source>
        <translation>Courrier du client, compte clôturé… (facultatif)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandate_dialog.py" line="359"/>
        <source>Revoked on</source>
        <translation>Révoqué le</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandate_dialog.py" line="360"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/mandate_dialog.py" line="367"/>
        <source>Revoke the mandate</source>
        <translation>Révoquer le mandat</translation>
    </message>
</context>
<context>
    <name>SchedulePreviewBox</name>
    <message>
        <location filename="../../desktop/cadence/ui/plans/preview.py" line="86"/>
        <source>Next billing dates</source>
        <translation>Prochaines dates de facturation</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/preview.py" line="92"/>
        <source>Invoice on</source>
        <translation>Facture le</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/preview.py" line="92"/>
        <source>For the service</source>
        <translation>Période de service</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/preview.py" line="109"/>
        <source>A subscription starting on</source>
        <translation>Pour un abonnement commençant le</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/preview.py" line="126"/>
        <source>{first} to {last}</source>
        <translation>du {first} au {last}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/preview.py" line="130"/>
        <source>{period} (short first period, prorated)</source>
        <translation>{period} (première période courte, au prorata)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/preview.py" line="138"/>
        <source>Free trial until {day}.</source>
        <translation>Essai gratuit jusqu&apos;au {day}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/preview.py" line="145"/>
        <source>Committed until {day}.</source>
        <translation>Engagement jusqu&apos;au {day}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/preview.py" line="151"/>
        <source>The subscription ends by itself on {day}.</source>
        <translation>L&apos;abonnement prend fin de lui-même le {day}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/preview.py" line="156"/>
        <source>Each invoice is issued once its period is over.</source>
        <translation>Chaque facture est émise une fois sa période terminée.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/plans/preview.py" line="166"/>
        <source>The dates appear once the cycle is complete: {problem}</source>
        <translation>Les dates s&apos;affichent une fois le cycle complet&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="104"/>
        <source>Copy chart</source>
        <translation>Copier le graphique</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="105"/>
        <source>Copy the chart as an image, to paste elsewhere</source>
        <translation>Copier le graphique comme image, pour le coller ailleurs</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="106"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/sections.py" line="107"/>
        <source>Save the table as a file a spreadsheet opens</source>
        <translation>Enregistrer le tableau dans un fichier qu&apos;un tableur ouvre</translation>
    </message>
</context>
<context>
    <name>SepaDialog</name>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="378"/>
        <source>SEPA direct debit</source>
        <translation>Prélèvements SEPA</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="382"/>
        <source>New batch</source>
        <translation>Nouveau lot</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="383"/>
        <source>Batches</source>
        <translation>Lots</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="428"/>
        <source>Collect on</source>
        <translation>Prélever le</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="430"/>
        <source>Mandate type</source>
        <translation>Type de mandat</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="431"/>
        <source>File format</source>
        <translation>Format du fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="434"/>
        <source>The open invoices due by that day, of the customers who pay by direct debit. Untick those to leave out. Send the file to your bank (upload it in your online banking) before the collection day.</source>
        <translation>Les factures ouvertes des clients qui paient par prélèvement, échues au plus tard à cette date. Décochez celles à écarter. Transmettez le fichier à votre banque (déposez-le dans votre espace de banque en ligne) avant le jour du prélèvement.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="469"/>
        <source>Write the batch file…</source>
        <translation>Générer le fichier du lot…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="494"/>
        <source>Looking for invoices to collect…</source>
        <translation>Recherche des factures à prélever…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="527"/>
        <source>%n invoice(s) to collect: {total}</source>
        <translation>
            <numerusform>%n facture à prélever&#xa0;: {total}</numerusform>
            <numerusform>%n factures à prélever&#xa0;: {total}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="535"/>
        <source>%n cannot be collected (see why in the list)</source>
        <translation>
            <numerusform>%n ne peut pas être prélevée (voir le motif dans la liste)</numerusform>
            <numerusform>%n ne peuvent pas être prélevées (voir le motif dans la liste)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="537"/>
        <source>%n left out</source>
        <translation>
            <numerusform>%n écartée</numerusform>
            <numerusform>%n écartées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="548"/>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="799"/>
        <source>Save the batch file as</source>
        <translation>Enregistrer le fichier du lot sous</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="549"/>
        <source>direct-debits-{day}.xml</source>
        <translation>prelevements-{day}.xml</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="550"/>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="801"/>
        <source>SEPA files (*.xml)</source>
        <translation>Fichiers SEPA (*.xml)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="564"/>
        <source>Writing the batch file…</source>
        <translation>Génération du fichier du lot…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="589"/>
        <source>Batch {reference} is written to {path}: %n collection(s), {total}, on {day}. Send this file to your bank.</source>
        <translation>
            <numerusform>Le fichier du lot {reference} est enregistré dans {path}&#xa0;: %n prélèvement, {total}, le {day}. Transmettez ce fichier à votre banque.</numerusform>
            <numerusform>Le fichier du lot {reference} est enregistré dans {path}&#xa0;: %n prélèvements, {total}, le {day}. Transmettez ce fichier à votre banque.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="615"/>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="616"/>
        <source>Collection date</source>
        <translation>Date de prélèvement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="617"/>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="653"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="618"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="619"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="620"/>
        <source>Returned</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="625"/>
        <source>Save the file again…</source>
        <translation>Réenregistrer le fichier…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="626"/>
        <source>Confirm collected…</source>
        <translation>Confirmer le prélèvement…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="628"/>
        <source>The bank credited the batch: its invoices are paid</source>
        <translation>La banque a crédité le lot&#xa0;: ses factures sont payées</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="630"/>
        <source>Cancel the batch…</source>
        <translation>Annuler le lot…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="633"/>
        <source>Withdraw a batch the bank has not collected: its invoices can be collected again</source>
        <translation>Retirer un lot que la banque n&apos;a pas prélevé&#xa0;: ses factures pourront être prélevées à nouveau</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="648"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="649"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="650"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="651"/>
        <source>Collection</source>
        <translation>Prélèvement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="652"/>
        <source>End-to-end id</source>
        <translation>Référence de bout en bout</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="657"/>
        <source>No batch yet: write one on the first page.</source>
        <translation>Aucun lot pour l&apos;instant&#xa0;: générez-en un dans l&apos;onglet «&#xa0;Nouveau lot&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="755"/>
        <source>Collections of batch {reference}</source>
        <translation>Prélèvements du lot {reference}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="818"/>
        <source>The file could not be written to {path}: {problem}</source>
        <translation>Le fichier n&apos;a pas pu être enregistré dans {path}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="825"/>
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="836"/>
        <source>Batch {reference} is collected: its invoices are paid.</source>
        <translation>Le lot {reference} est prélevé&#xa0;: ses factures sont payées.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="860"/>
        <source>Batch {reference} is cancelled: its invoices can be collected again.</source>
        <translation>Le lot {reference} est annulé&#xa0;: ses factures pourront être prélevées à nouveau.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="867"/>
        <source>Cancel a batch</source>
        <translation>Annuler un lot</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="869"/>
        <source>Cancel batch {reference} ({count} invoices, {total})? Its invoices can then be collected in another batch. If you already sent the file to your bank, ask your bank to withdraw it too.</source>
        <translation>Annuler le lot {reference} ({count} factures, {total})&#xa0;? Ses factures pourront alors être prélevées dans un autre lot. Si vous avez déjà transmis le fichier à votre banque, demandez-lui aussi de le retirer.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/invoices/sepa_dialog.py" line="877"/>
        <source>Cancel the batch</source>
        <translation>Annuler le lot</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/cadence/ui/setup/settings.py" line="255"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/cadence/ui/app.py" line="116"/>
        <source>Cadence is already open on {path}. Use the window that is open; two windows on one database could confuse the billing.</source>
        <translation>Cadence est déjà ouvert sur {path}. Utilisez la fenêtre déjà ouverte&#xa0;; deux fenêtres sur une même base de données pourraient perturber la facturation.</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../../desktop/cadence/ui/customers/statement.py" line="92"/>
        <source>Statement of {name}</source>
        <translation>Relevé de compte de {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/statement.py" line="106"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/statement.py" line="113"/>
        <source>Open the PDF once it is written</source>
        <translation>Ouvrir le PDF une fois généré</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/statement.py" line="117"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/statement.py" line="118"/>
        <source>To (included)</source>
        <translation>Au (inclus)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/statement.py" line="123"/>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/statement.py" line="134"/>
        <source>The statement lists the invoices, credit notes and payments of the period, the balance before and after it, and what is overdue today.</source>
        <translation>Le relevé liste les factures, les avoirs et les paiements de la période, le solde avant et après celle-ci, et ce qui est en retard aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/statement.py" line="147"/>
        <source>Save the statement as</source>
        <translation>Enregistrer le relevé sous</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/statement.py" line="147"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/statement.py" line="160"/>
        <source>The period must start before it ends.</source>
        <translation>La période doit commencer avant de se terminer.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/statement.py" line="166"/>
        <source>Choose where to save the PDF.</source>
        <translation>Choisissez où enregistrer le PDF.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/statement.py" line="172"/>
        <source>{path} is a folder: give a file name.</source>
        <translation>{path} est un dossier&#xa0;: indiquez un nom de fichier.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/statement.py" line="177"/>
        <source>Writing the statement…</source>
        <translation>Génération du relevé…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/customers/statement.py" line="189"/>
        <source>The PDF could not be written to {path}: {problem}</source>
        <translation>Le PDF n&apos;a pas pu être enregistré dans {path}&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>StatementImport</name>
    <message>
        <location filename="../../desktop/cadence/ui/bank/import_dialog.py" line="115"/>
        <source>Import a bank statement</source>
        <translation>Importer un relevé bancaire</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/import_dialog.py" line="116"/>
        <source>Bank statements (*.ofx *.qfx *.xml *.sta *.mt940 *.txt *.csv);;All files (*)</source>
        <translation>Relevés bancaires (*.ofx *.qfx *.xml *.sta *.mt940 *.txt *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/import_dialog.py" line="135"/>
        <source>“{file}” could not be read: {problem}</source>
        <translation>«&#xa0;{file}&#xa0;» n&apos;a pas pu être lu&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/import_dialog.py" line="173"/>
        <source>Statement imported: {parts}.</source>
        <translation>Relevé importé&#xa0;: {parts}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/import_dialog.py" line="176"/>
        <source>Every line of it was already read from another statement: nothing new.</source>
        <translation>Toutes ses lignes avaient déjà été lues dans un autre relevé&#xa0;: rien de nouveau.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/bank/import_dialog.py" line="182"/>
        <source>Bank statement</source>
        <translation>Relevé bancaire</translation>
    </message>
</context>
<context>
    <name>Subscriptions</name>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/table.py" line="74"/>
        <source>All subscriptions</source>
        <translation>Tous les abonnements</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/table.py" line="76"/>
        <source>Running (not cancelled or ended)</source>
        <translation>En cours (ni résiliés ni terminés)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/table.py" line="78"/>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="233"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/table.py" line="86"/>
        <source>Free trial; the first paid day is {day}</source>
        <translation>Essai gratuit&#xa0;; le premier jour payant est le {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/table.py" line="90"/>
        <source>Cancellation scheduled; the last day of service is {day}</source>
        <translation>Résiliation programmée&#xa0;; le dernier jour de service est le {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/table.py" line="94"/>
        <source>An invoice is still unpaid after its grace period</source>
        <translation>Une facture est toujours impayée après son délai de grâce</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/table.py" line="98"/>
        <source>A pause is planned from {start}</source>
        <translation>Une pause est prévue à partir du {start}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/table.py" line="101"/>
        <source>A pause is planned from {start}; service resumes on {end}</source>
        <translation>Une pause est prévue à partir du {start}&#xa0;; reprise du service le {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/table.py" line="106"/>
        <source>Paused from {start} until resumed</source>
        <translation>En pause depuis le {start}, jusqu&apos;à nouvel ordre</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/table.py" line="109"/>
        <source>Paused from {start}; service resumes on {end}</source>
        <translation>En pause depuis le {start}&#xa0;; reprise du service le {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/table.py" line="113"/>
        <source>The last day of service was {day}</source>
        <translation>Le dernier jour de service était le {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/table.py" line="122"/>
        <source>In trial: counts 0 until its first paid day</source>
        <translation>En essai&#xa0;: compte 0 jusqu&apos;à son premier jour payant</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/table.py" line="124"/>
        <source>Paused: counts 0 while the pause lasts</source>
        <translation>En pause&#xa0;: compte 0 tant que dure la pause</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/table.py" line="126"/>
        <source>Not running today: counts 0</source>
        <translation>Inactif aujourd&apos;hui&#xa0;: compte 0</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/table.py" line="134"/>
        <source>After a permanent discount of {value}</source>
        <translation>Après une remise permanente de {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/table.py" line="144"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/table.py" line="148"/>
        <source>Plan</source>
        <translation>Formule</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/table.py" line="150"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/table.py" line="156"/>
        <source>Price excl. VAT</source>
        <translation>Prix HT</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/table.py" line="161"/>
        <source>Price agreed with this customer</source>
        <translation>Prix convenu avec ce client</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/table.py" line="163"/>
        <source>The plan&apos;s price</source>
        <translation>Le prix de la formule</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/table.py" line="167"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/table.py" line="173"/>
        <source>Next invoice</source>
        <translation>Prochaine facture</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/table.py" line="179"/>
        <source>Monthly revenue</source>
        <translation>MRR</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/table.py" line="190"/>
        <source>The day the next invoice is due to be issued</source>
        <translation>Le jour où la prochaine facture doit être émise</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/table.py" line="191"/>
        <source>Monthly recurring revenue, excl. VAT, after a permanent discount. Trials, pauses and finished subscriptions count 0.</source>
        <translation>MRR (revenu mensuel récurrent), HT, après remise permanente. Les essais, les pauses et les abonnements terminés comptent pour 0.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="58"/>
        <source>Trial</source>
        <translation>Essai</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="59"/>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="237"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="60"/>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="239"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="61"/>
        <source>Past due</source>
        <translation>Impayé</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="62"/>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="251"/>
        <source>Cancellation scheduled</source>
        <translation>Résiliation programmée</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="65"/>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="254"/>
        <source>Cancelled</source>
        <translation>Résilié</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="66"/>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="73"/>
        <source>Too expensive</source>
        <translation>Trop cher</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="74"/>
        <source>Does not use it enough</source>
        <translation>Ne l&apos;utilise pas assez</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="75"/>
        <source>Something is missing</source>
        <translation>Il manque quelque chose</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="76"/>
        <source>Went to a competitor</source>
        <translation>Parti chez un concurrent</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="79"/>
        <source>Unhappy with the service</source>
        <translation>Mécontent du service</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="80"/>
        <source>The need was temporary</source>
        <translation>Le besoin était temporaire</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="81"/>
        <source>Business closed</source>
        <translation>Cessation d&apos;activité</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="82"/>
        <source>Did not pay</source>
        <translation>Défaut de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="83"/>
        <source>Other reason</source>
        <translation>Autre motif</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="93"/>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="94"/>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="95"/>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="96"/>
        <source>year</source>
        <translation>an</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="100"/>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="119"/>
        <source>{count} days</source>
        <translation>{count} jours</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="101"/>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="120"/>
        <source>{count} weeks</source>
        <translation>{count} semaines</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="102"/>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="121"/>
        <source>{count} months</source>
        <translation>{count} mois</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="103"/>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="122"/>
        <source>{count} years</source>
        <translation>{count} ans</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="112"/>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="113"/>
        <source>1 week</source>
        <translation>1 semaine</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="114"/>
        <source>1 month</source>
        <translation>1 mois</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="115"/>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="131"/>
        <source>{price} excl. VAT</source>
        <translation>{price} HT</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="134"/>
        <source>billed in advance</source>
        <translation>facturé d&apos;avance</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="136"/>
        <source>billed at the end of each period</source>
        <translation>facturé à la fin de chaque période</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="140"/>
        <source>{length} free trial</source>
        <translation>essai gratuit de {length}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="146"/>
        <source>{length} commitment</source>
        <translation>engagement de {length}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="152"/>
        <source>{length} notice</source>
        <translation>préavis de {length}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="156"/>
        <source>ends after {count} invoices</source>
        <translation>prend fin après {count} factures</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="165"/>
        <source>{price} / {cycle}</source>
        <translation>{price} / {cycle}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="177"/>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="178"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="184"/>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="191"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="186"/>
        <source>Issued</source>
        <translation>Émis</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="189"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="192"/>
        <source>To be paid</source>
        <translation>À payer</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="193"/>
        <source>Partly paid</source>
        <translation>Payée en partie</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="194"/>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="195"/>
        <source>Credited</source>
        <translation>Annulée par avoir</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="212"/>
        <source>(unknown date)</source>
        <translation>(date inconnue)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="227"/>
        <source>Subscription created, starting on {start}</source>
        <translation>Abonnement créé, début le {start}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="231"/>
        <source>Reference or notes changed</source>
        <translation>Référence ou notes modifiées</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="235"/>
        <source>Trial started</source>
        <translation>Début de la période d&apos;essai</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="241"/>
        <source>Past due: an invoice is unpaid after its grace period</source>
        <translation>Impayé&#xa0;: une facture reste impayée après son délai de grâce</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="247"/>
        <source>Cancellation scheduled, last day of service {last}</source>
        <translation>Résiliation programmée, dernier jour de service le {last}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="256"/>
        <source>{text} ({reason})</source>
        <translation>{text} ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="261"/>
        <source>Ended: its fixed term is over</source>
        <translation>Terminé&#xa0;: sa durée déterminée est écoulée</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="265"/>
        <source>Commitment renewed</source>
        <translation>Engagement reconduit</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="266"/>
        <source>Commitment renewed until {last}</source>
        <translation>Engagement reconduit jusqu&apos;au {last}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="271"/>
        <source>Pause planned from {start}, until resumed</source>
        <translation>Pause prévue à partir du {start}, jusqu&apos;à nouvel ordre</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="274"/>
        <source>Pause planned from {start}; service resumes on {end}</source>
        <translation>Pause prévue à partir du {start}&#xa0;; reprise du service le {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="278"/>
        <source>Service resumes on {day}</source>
        <translation>Reprise du service le {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="282"/>
        <source>Changed to {plan}, quantity {quantity}</source>
        <translation>Passage à {plan}, quantité {quantity}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="286"/>
        <source>Change to {plan}, quantity {quantity}, planned from {day}</source>
        <translation>Passage à {plan}, quantité {quantity}, prévu à partir du {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="294"/>
        <source>Invoice of the period from {start} postponed to {until}</source>
        <translation>Facture de la période commençant le {start} reportée au {until}</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/wording.py" line="298"/>
        <source>Invoice of the period from {start} skipped</source>
        <translation>Période commençant le {start} non facturée</translation>
    </message>
</context>
<context>
    <name>SubscriptionsTab</name>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/tab.py" line="73"/>
        <source>Search a customer (name, e-mail, city…) or a plan</source>
        <translation>Rechercher un client (nom, e-mail, ville…) ou une formule</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/tab.py" line="89"/>
        <source>New subscription…</source>
        <translation>Nouvel abonnement…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/tab.py" line="90"/>
        <source>Change plan or quantity…</source>
        <translation>Changer de formule ou de quantité…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/tab.py" line="91"/>
        <source>Pause…</source>
        <translation>Mettre en pause…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/tab.py" line="92"/>
        <location filename="../../desktop/cadence/ui/subscriptions/tab.py" line="363"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/tab.py" line="93"/>
        <source>Cancel subscription…</source>
        <translation>Résilier l&apos;abonnement…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/tab.py" line="94"/>
        <source>Undo cancellation</source>
        <translation>Annuler la résiliation</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/tab.py" line="95"/>
        <source>Archive…</source>
        <translation>Archiver…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/tab.py" line="96"/>
        <source>Show the customer</source>
        <translation>Afficher le client</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/tab.py" line="97"/>
        <source>Export subscribers…</source>
        <translation>Exporter les abonnés…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/tab.py" line="118"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/tab.py" line="151"/>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/tab.py" line="174"/>
        <source>Archive the subscription</source>
        <translation>Archiver l&apos;abonnement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/tab.py" line="176"/>
        <source>Archive the subscription of {customer} to {plan}? It leaves this list (choose “Archived” to see it again); its invoices are kept.</source>
        <translation>Archiver l&apos;abonnement de {customer} à {plan}&#xa0;? Il quitte cette liste (choisissez «&#xa0;Archivé&#xa0;» pour le revoir)&#xa0;; ses factures sont conservées.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/tab.py" line="190"/>
        <source>The subscription of {customer} is archived.</source>
        <translation>L&apos;abonnement de {customer} est archivé.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/tab.py" line="223"/>
        <source>The subscription is paused from {day}.</source>
        <translation>L&apos;abonnement est en pause à partir du {day}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/tab.py" line="263"/>
        <source>The cancellation is undone: the subscription goes on.</source>
        <translation>La résiliation est annulée&#xa0;: l&apos;abonnement continue.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/tab.py" line="284"/>
        <source>{customer} is subscribed to {plan}.</source>
        <translation>Abonnement de {customer} à {plan} créé.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/tab.py" line="293"/>
        <source>The change is saved; it applies from {day}.</source>
        <translation>Le changement est enregistré&#xa0;; il s&apos;applique à partir du {day}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/tab.py" line="300"/>
        <source>The subscription is cancelled; its last day of service was {day}.</source>
        <translation>L&apos;abonnement est résilié&#xa0;; son dernier jour de service était le {day}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/tab.py" line="302"/>
        <source>The cancellation is scheduled; the last day of service is {day}.</source>
        <translation>La résiliation est programmée&#xa0;; le dernier jour de service est le {day}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/tab.py" line="306"/>
        <source>{text} Issued: {documents}.</source>
        <translation>{text} Émis&#xa0;: {documents}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cadence/ui/subscriptions/tab.py" line="311"/>
        <source>%n subscription(s) exported to {path}.</source>
        <translation>
            <numerusform>%n abonnement exporté dans {path}.</numerusform>
            <numerusform>%n abonnements exportés dans {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/tab.py" line="318"/>
        <source>The planned pause is called off.</source>
        <translation>La pause prévue est annulée.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/tab.py" line="321"/>
        <source>The service resumes on {day}.</source>
        <translation>Le service reprend le {day}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/subscriptions/tab.py" line="361"/>
        <source>Call off the planned pause</source>
        <translation>Annuler la pause prévue</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <location filename="../../desktop/cadence/ui/setup/templates.py" line="67"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/templates.py" line="70"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/templates.py" line="85"/>
        <source>Restore Cadence&apos;s wording</source>
        <translation>Rétablir le texte de Cadence</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/templates.py" line="89"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/templates.py" line="90"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/templates.py" line="102"/>
        <source>Cadence fills these in for each message. Click one to put it where the cursor is.</source>
        <translation>Cadence les remplit pour chaque message. Cliquez sur un champ pour l&apos;insérer à l&apos;emplacement du curseur.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/templates.py" line="109"/>
        <source>Fields this message can use</source>
        <translation>Champs utilisables dans ce message</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/templates.py" line="123"/>
        <source>Message wording</source>
        <translation>Textes des messages</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/templates.py" line="127"/>
        <source>What each message to your customers says. Each customer gets it in their own language; the fields in braces are filled in for them.</source>
        <translation>Ce que dit chaque message adressé à vos clients. Chaque client le reçoit dans sa langue&#xa0;; les champs entre accolades sont remplis pour lui.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/templates.py" line="135"/>
        <source>Invoice e-mail</source>
        <translation>E-mail de facture</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/templates.py" line="136"/>
        <source>Credit note e-mail</source>
        <translation>E-mail d&apos;avoir</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/templates.py" line="137"/>
        <source>Renewal notice</source>
        <translation>Avis de reconduction</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/templates.py" line="138"/>
        <source>End of fixed term</source>
        <translation>Fin de contrat</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/templates.py" line="139"/>
        <source>Friendly reminder</source>
        <translation>Relance amiable</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/templates.py" line="140"/>
        <source>Firmer reminder</source>
        <translation>Relance ferme</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/templates.py" line="141"/>
        <source>Formal notice</source>
        <translation>Mise en demeure</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/templates.py" line="147"/>
        <source>the price of the renewal</source>
        <translation>le prix de la reconduction</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/templates.py" line="148"/>
        <source>the credit note&apos;s total</source>
        <translation>le total de l&apos;avoir</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/templates.py" line="149"/>
        <source>the invoice&apos;s total</source>
        <translation>le total de la facture</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/templates.py" line="152"/>
        <source>the credit note&apos;s number</source>
        <translation>le numéro de l&apos;avoir</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/templates.py" line="154"/>
        <source>the credit note&apos;s date</source>
        <translation>la date de l&apos;avoir</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/templates.py" line="157"/>
        <source>the customer&apos;s name</source>
        <translation>le nom du client</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/templates.py" line="158"/>
        <source>your business&apos;s name</source>
        <translation>le nom de votre entreprise</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/templates.py" line="159"/>
        <source>your business&apos;s e-mail address</source>
        <translation>l&apos;adresse e-mail de votre entreprise</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/templates.py" line="160"/>
        <source>your business&apos;s phone number</source>
        <translation>le numéro de téléphone de votre entreprise</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/templates.py" line="161"/>
        <source>the invoice&apos;s number</source>
        <translation>le numéro de la facture</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/templates.py" line="162"/>
        <source>the invoice&apos;s date</source>
        <translation>la date de la facture</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/templates.py" line="163"/>
        <source>the day the invoice is due</source>
        <translation>la date d&apos;échéance de la facture</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/templates.py" line="164"/>
        <source>the number of the invoice it corrects</source>
        <translation>le numéro de la facture corrigée</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/templates.py" line="165"/>
        <source>the plan&apos;s name</source>
        <translation>le nom de la formule</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/templates.py" line="166"/>
        <source>the day the subscription renews</source>
        <translation>la date de reconduction de l&apos;abonnement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/templates.py" line="167"/>
        <source>the day the subscription ends</source>
        <translation>la date de fin de l&apos;abonnement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/templates.py" line="168"/>
        <source>how and until when the customer can refuse the renewal</source>
        <translation>comment et jusqu&apos;à quand le client peut refuser la reconduction</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/templates.py" line="169"/>
        <source>the plan&apos;s offer in renewal notices, if it has one</source>
        <translation>l&apos;offre de la formule dans les avis de reconduction, s&apos;il y en a une</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/templates.py" line="170"/>
        <source>what is left to pay</source>
        <translation>le montant restant à payer</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/templates.py" line="171"/>
        <source>the day to pay by</source>
        <translation>la date limite de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/templates.py" line="172"/>
        <source>the late fees charged, if any</source>
        <translation>les frais de retard facturés, le cas échéant</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/templates.py" line="221"/>
        <source>Insert this field where the cursor is</source>
        <translation>Insérer ce champ à l&apos;emplacement du curseur</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/templates.py" line="238"/>
        <source>Changed, not saved yet: Save keeps it.</source>
        <translation>Texte modifié, pas encore enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/templates.py" line="240"/>
        <source>Cadence&apos;s wording.</source>
        <translation>Texte de Cadence.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/templates.py" line="242"/>
        <source>Your own wording.</source>
        <translation>Votre propre texte.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/templates.py" line="250"/>
        <location filename="../../desktop/cadence/ui/setup/templates.py" line="256"/>
        <source>{name} (changed)</source>
        <translation>{name} (texte modifié)</translation>
    </message>
</context>
<context>
    <name>TermsSection</name>
    <message>
        <location filename="../../desktop/cadence/ui/setup/payment.py" line="97"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/payment.py" line="99"/>
        <source>after the invoice date</source>
        <translation>après la date de facture</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/payment.py" line="101"/>
        <source>after the end of the invoice&apos;s month</source>
        <translation>après la fin du mois de la facture</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/payment.py" line="115"/>
        <source>Restore the usual French mentions</source>
        <translation>Rétablir les mentions françaises habituelles</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/payment.py" line="120"/>
        <source>Payment due</source>
        <translation>Échéance de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/payment.py" line="126"/>
        <source>French law allows at most {net} days after the invoice date, or {eom} days after the end of the month (Code de commerce, L441-10).</source>
        <translation>La loi autorise au plus {net} jours après la date de facture, ou {eom} jours fin de mois (Code de commerce, art. L441-10).</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/payment.py" line="131"/>
        <source>Late-payment penalties</source>
        <translation>Pénalités de retard</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/payment.py" line="132"/>
        <source>Early-payment discount</source>
        <translation>Escompte pour paiement anticipé</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/payment.py" line="138"/>
        <source>Both mentions are compulsory on invoices between businesses; the fixed 40 € recovery fee is printed as well.</source>
        <translation>Ces deux mentions sont obligatoires sur les factures entre professionnels&#xa0;; l&apos;indemnité forfaitaire de 40&#xa0;€ pour frais de recouvrement est également imprimée.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/payment.py" line="162"/>
        <source>Payment terms</source>
        <translation>Conditions de paiement</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/payment.py" line="165"/>
        <source>When your invoices are due, and the mentions printed about late payment.</source>
        <translation>L&apos;échéance de vos factures, et les mentions imprimées sur les retards de paiement.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/payment.py" line="181"/>
        <source>An invoice dated {today} is due on {due}.</source>
        <translation>Une facture datée du {today} arrive à échéance le {due}.</translation>
    </message>
</context>
<context>
    <name>VatSection</name>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="215"/>
        <source>I charge VAT (normal regime)</source>
        <translation>Je facture la TVA (régime réel)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="217"/>
        <source>I do not charge VAT: VAT franchise (franchise en base)</source>
        <translation>Je ne facture pas la TVA&#xa0;: franchise en base de TVA</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="231"/>
        <source>Under the franchise (article 293 B of the French tax code, for small turnovers) your invoices show no VAT and carry the mention “{mention}”.</source>
        <translation>En franchise en base (article 293 B du CGI, pour les petits chiffres d&apos;affaires), vos factures ne font apparaître aucune TVA et portent la mention «&#xa0;{mention}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="237"/>
        <source>e.g. FR44 732829320</source>
        <translation>ex.&#xa0;: FR44 732829320</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="238"/>
        <source>Fill in from the SIREN</source>
        <translation>Calculer à partir du SIREN</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="240"/>
        <source>A French VAT number is FR, a two-digit key, then the SIREN.</source>
        <translation>Un numéro de TVA français se compose de FR, d&apos;une clé à deux chiffres, puis du SIREN.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="250"/>
        <source>Required when you charge VAT.</source>
        <translation>Obligatoire si vous facturez la TVA.</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="253"/>
        <source>I opted to pay VAT on debits</source>
        <translation>J&apos;ai opté pour le paiement de la TVA d&apos;après les débits</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="261"/>
        <source>For services, VAT is due when you are paid. Tick this only if you chose, with the tax office, to pay it when you invoice: your invoices then carry the mention “Option pour le paiement de la taxe d&apos;après les débits”.</source>
        <translation>Pour les prestations de services, la TVA est exigible à l&apos;encaissement. Ne cochez cette case que si vous avez opté, auprès du service des impôts, pour la payer dès la facturation&#xa0;: vos factures portent alors la mention «&#xa0;Option pour le paiement de la taxe d&apos;après les débits&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="270"/>
        <source>VAT regime</source>
        <translation>Régime de TVA</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="271"/>
        <source>VAT number</source>
        <translation>Numéro de TVA</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="272"/>
        <source>VAT on debits</source>
        <translation>TVA sur les débits</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="282"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/setup/identity.py" line="285"/>
        <source>How your invoices handle VAT.</source>
        <translation>Comment vos factures traitent la TVA.</translation>
    </message>
</context>
<context>
    <name>_ListDialog</name>
    <message>
        <location filename="../../desktop/cadence/ui/reports/details.py" line="58"/>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/details.py" line="63"/>
        <source>Double-click a customer to open it</source>
        <translation>Double-cliquez sur un client pour l&apos;ouvrir</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/details.py" line="66"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/details.py" line="90"/>
        <source>{count} customer(s)</source>
        <translation>{count} client(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/cadence/ui/reports/details.py" line="92"/>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
</context>
</TS>

/// The commented chain file `chainaudit init` writes: every key of the chain
/// format, each with what it means and what good looks like, filled in with a
/// small compliant example (three subcontracts over two tiers) to edit.
enum ChainTemplate {
    static let fileName = "chain.yaml"

    static let text = #"""
    # A chainaudit chain file: one commissioned contract and its whole supply chain.
    # Replace the example values with your own; `chainaudit check chain.yaml` audits it
    # and `chainaudit explain RULE` explains any finding.
    #
    # Conventions: money is in pounds (plain numbers); a share is a fraction from
    # 0 to 1, or a percentage in quotes ("15%"); dates are YYYY-MM-DD. Optional keys
    # may be left out, but a key left out is reported as missing where the rules
    # need it. Keys starting with x- are your own extensions: kept, never checked.

    chainaudit: 1                       # format version: always 1 for this version of chainaudit

    contract:                           # the head contract, between the commissioner and the lead provider
      id: KCC-EX-2026-001               # the commissioner's reference for the contract
      title: Community Befriending Service   # the contract's name, as people know it
      commissioner: kcc                 # id of the commissioning organisation (listed below)
      lead: oakwood                     # id of the lead (prime) provider; not the commissioner
      value: 1200000                    # total value over the whole term, in pounds
      start: 2026-04-01                 # first day of the term
      end: 2029-03-31                   # last day of the term; not before start
      paymentDays: 30                   # days the commissioner takes to pay the lead; good: 30 or fewer (the law's limit)
      byResultsShare: 0.1               # share of the lead's pay that depends on results; good: modest, and passed on no more steeply
      outcomes:                         # what the contract must improve; good: every outcome has an indicator
        - id: O1                        # unique among the outcomes
          description: Fewer older people feel lonely or isolated   # the change the contract should bring about
          indicator: UCLA loneliness score at 6 months   # how the outcome is measured
        - id: O2
          description: More people take part in community activities
          indicator: Share of people attending a group activity each month
      exitStrategy: Clause 20 - managed handover to a successor provider   # how the contract ends or is handed over
      issueResolution: Clause 18 - escalation to directors, then mediation   # how disputes are resolved
      changeMechanism: Clause 19 - written change control notice   # how the contract is varied
      governance: Quarterly partnership board with every subcontractor   # how the partners work together through the term
      feedback: Service-user panel twice a year and an annual subcontractor survey   # how the lead seeks and uses feedback

    organisations:                      # every organisation named anywhere in this file
      - id: kcc                         # unique among organisations; used to refer to it below
        name: Kent County Council       # shown as written in every report
        sector: public                  # public, private, vcse (voluntary, community or social enterprise) or unknown
        size: large                     # micro, small, medium, large, sme or unknown; micro, small and medium are SMEs
        district: Maidstone             # where it is based; one of Kent's twelve districts counts as Kent-based
      - id: oakwood
        name: Oakwood Care Ltd
        sector: private
        size: medium
        annualTurnover: 8000000         # yearly turnover in pounds: lets the risk rules weigh what a provider can carry
        district: Ashford
      - id: bridges
        name: Bridges Befriending CIC
        sector: vcse
        size: small
        annualTurnover: 900000
        district: Dover
        kentBased: true                 # Kent-based or not; by default, true when district is a Kent district
      - id: greenways
        name: Greenways Community Transport Ltd
        sector: private
        size: small
        annualTurnover: 1500000
        district: Thanet
      - id: harbour
        name: Harbour Lunch Club
        sector: vcse
        size: micro
        annualTurnover: 120000
        district: Folkestone and Hythe

    subcontracts:                       # every subcontract at every tier: parent lets work to provider
      - id: SC1                         # unique among subcontracts; waivers and reports name it
        parent: oakwood                 # the organisation letting the work (here the lead: tier 1)
        provider: bridges               # the organisation doing it; not the parent, not the commissioner
        role: Volunteer befriending across east Kent   # what this provider does in the chain
        districts: [Dover, Canterbury]  # where the provider delivers the service
        value: 300000                   # what the provider is paid over the term, in pounds
        volume: { amount: 150, unit: people befriended a year }   # activity expected; good: real work for every named partner
        paymentDays: 30                 # days the parent takes to pay; good: 30 or fewer, and no slower than the parent is paid
        payWhenPaid: false              # true when the parent pays only once it has been paid itself; good: false
        byResultsShare: 0.1             # share of the provider's pay that depends on results; good: no more than its parent's
        managementFee: 0.1              # share of the funding the parent keeps as its fee; good: stated, and modest (20% or less)
        riskShare: 0.2                  # share of the contract's financial risk this provider carries; good: in proportion to its share of the value
        liabilityCap: 100000            # the most the provider can be liable for; good: no more than its value
        deliverables: Weekly visits and phone calls for each person referred   # what the provider must deliver
        rewards: Monthly payment in arrears, plus a bonus for outcome O1   # how the provider is rewarded
        penalties: Recovery of funding for visits not made   # how the provider is penalised
        kpis: [people befriended, visits made, loneliness score]   # how delivery and impact are tracked
        commissionerAccess: true        # the commissioner may monitor this provider directly; good: true
        exitStrategy: Clause 8 - three months' notice and handover of records   # how this subcontract ends
        issueResolution: Clause 7 - partnership meeting, then mediation   # how disputes with this provider are resolved
        changeMechanism: Clause 9 - written variation agreed by both parties   # how this subcontract is varied
        selectionRationale: Established volunteer base in Dover; shares our person-centred values   # why this provider was chosen
        agreement: signed               # signed, headsOfTerms, letterOfIntent or none; good: signed
        expectations: Partner handbook and quarterly review   # how the parent tells the provider what is expected
        contingency: Oakwood's own visiting team covers for up to three months   # the plan if this provider fails
        x-internalRef: BB-2026-4        # an extension of your own: kept, never checked
      - id: SC2
        parent: oakwood
        provider: greenways
        role: Transport to community activities
        districts: [Thanet]
        value: 300000
        volume: { amount: 4000, unit: journeys a year }
        paymentDays: 30
        payWhenPaid: false
        byResultsShare: 0.1
        managementFee: 0.1
        riskShare: 0.2
        liabilityCap: 100000
        deliverables: Door-to-door journeys booked at least a day ahead
        rewards: Monthly payment per journey made
        penalties: No payment for journeys missed without notice
        kpis: [journeys made, journeys on time]
        commissionerAccess: true
        exitStrategy: Clause 8 - three months' notice
        issueResolution: Clause 7 - partnership meeting, then mediation
        changeMechanism: Clause 9 - written variation agreed by both parties
        selectionRationale: Accessible fleet already serving Thanet
        agreement: signed
        expectations: Partner handbook and quarterly review
        contingency: Framework taxi provider on standby
      - id: SC3                         # a tier-2 subcontract: let by a subcontractor, not by the lead
        parent: bridges
        provider: harbour
        role: Weekly lunch club for people befriended
        districts: [Folkestone and Hythe]
        value: 60000
        volume: { amount: 40, unit: places a week }
        paymentDays: 20
        payWhenPaid: false
        byResultsShare: 0
        managementFee: 0.05
        riskShare: 0.02
        liabilityCap: 20000
        deliverables: A hot lunch and an activity every week
        rewards: Quarterly grant paid in advance
        penalties: Unspent grant returned
        kpis: [places taken up]
        commissionerAccess: true
        exitStrategy: Clause 5 - one month's notice
        issueResolution: Clause 4 - meeting with Bridges' manager
        changeMechanism: Clause 6 - written variation
        selectionRationale: The only lunch club in the area, run by local volunteers
        agreement: signed
        expectations: Simple service agreement with a one-page guide
        contingency: Bridges' volunteers run the club from a partner venue
    """#
}

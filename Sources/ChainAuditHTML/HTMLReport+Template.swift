extension HTMLReport {
    /// The page. `{{…}}` escapes by Unicode scalar (``HTMLText``); the only
    /// unescaped slots, `{{{…}}}`, hold the report's own stylesheet and the
    /// diagram's SVG after ``EmbeddedSVG/prepare(_:)``.
    static let templateText = """
        {{% CONTENT_TYPE: CHAINAUDIT_HTML }}
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="{{csp}}">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="no-referrer">
        <meta name="generator" content="chainaudit {{version}}">
        <title>Supply-chain audit: {{isolatedTitle}}</title>
        <style>{{{stylesheet}}}</style>
        </head>
        <body>
        <header>
        <h1>Supply-chain audit: <bdi>{{contractTitle}}</bdi></h1>
        <p class="meta" id="{{contractRowID}}">Contract <bdi>{{contractID}}</bdi> let by <bdi>{{commissionerName}}</bdi> to <bdi>{{leadName}}</bdi>, worth {{contractValue}}. Checked from the file <bdi>{{file}}</bdi> by chainaudit {{version}}.</p>
        </header>
        <main>
        <section class="summary" aria-labelledby="summary-heading">
        <h2 id="summary-heading">Summary</h2>
        <p class="headline">{{headline}}</p>
        {{#hasSerious}}
        <p>The most serious:</p>
        <ol>
        {{#serious}}
        <li><span class="sev sev-{{severity}}">{{severityLabel}}:</span> <bdi>{{sentence}}</bdi></li>
        {{/serious}}
        </ol>
        {{/hasSerious}}
        {{#otherCounts}}
        <p>{{.}}</p>
        {{/otherCounts}}
        <p>{{moneySentence}}</p>
        </section>

        <section aria-labelledby="diagram-heading">
        <h2 id="diagram-heading">The supply chain</h2>
        {{#hasDiagram}}
        <figure id="diagram-slot" class="diagram-figure">
        <div class="diagram">{{{diagramSVG}}}</div>
        <figcaption>{{diagramDescription}} Select an organisation or a subcontract to go to its row below.</figcaption>
        </figure>
        {{/hasDiagram}}
        {{^hasDiagram}}
        <div id="diagram-slot" class="missing-diagram" role="note">
        <p><strong>The diagram of the supply chain could not be drawn for this report.</strong> {{diagramDescription}} The organisations table and the findings below give the same information.</p>
        </div>
        {{/hasDiagram}}
        </section>

        <section aria-labelledby="findings-heading">
        <h2 id="findings-heading">Findings by principle</h2>
        {{^principleGroups}}
        <p>chainaudit found nothing to report against the principles it checks.</p>
        {{/principleGroups}}
        {{#principleGroups}}
        <section id="{{anchor}}" aria-labelledby="{{anchor}}-heading">
        <h3 id="{{anchor}}-heading">{{code}}: {{principleTitle}}</h3>
        <table class="fixed">
        <colgroup><col class="c-sev"><col class="c-subject"><col class="c-problem"><col class="c-fix"></colgroup>
        <caption>{{findingCount}} under {{code}} ({{principleSource}})</caption>
        <thead><tr><th scope="col">Severity</th><th scope="col">Subject</th><th scope="col">Problem</th><th scope="col">How to put it right</th></tr></thead>
        <tbody>
        {{#findings}}
        <tr{{#hasRowID}} id="{{rowID}}"{{/hasRowID}}{{#waived}} class="waived"{{/waived}}>
        <td><span class="sev sev-{{severity}}">{{severityLabel}}</span><br><code>{{rule}}</code></td>
        <td>{{subjectKind}} <code>{{subjectID}}</code>{{#hasSubjectName}}<bdi class="name">{{subjectName}}</bdi>{{/hasSubjectName}}</td>
        <td><bdi class="name">{{message}}</bdi></td>
        <td>{{#waived}}<p class="waiver">Waived: <bdi>{{waiverReason}}</bdi> (approved by <bdi>{{waiverApprover}}</bdi>{{#hasExpires}}, until {{waiverExpires}}{{/hasExpires}}).</p>{{/waived}}{{fix}}</td>
        </tr>
        {{/findings}}
        </tbody>
        </table>
        </section>
        {{/principleGroups}}
        </section>

        <section aria-labelledby="organisations-heading">
        <h2 id="organisations-heading">Organisations</h2>
        <table class="fixed">
        <colgroup><col class="c-name"><col class="c-tier"><col class="c-value"><col class="c-num"><col class="c-num"><col class="c-num"><col class="c-kind"><col class="c-kind"><col class="c-district"><col class="c-problems"></colgroup>
        <caption>Every organisation in the chain: its tier, the value it delivers and its share of the contract, the share of the contract's risk it carries, the longest days it waits for cash, and what kind of organisation it is.</caption>
        <thead><tr><th scope="col">Organisation</th><th scope="col">Tier</th><th scope="col" class="number">Value</th><th scope="col" class="number">Share of value</th><th scope="col" class="number">Risk share</th><th scope="col" class="number">Days to cash</th><th scope="col">Sector</th><th scope="col">Size</th><th scope="col">District</th><th scope="col" class="number">Problems</th></tr></thead>
        <tbody>
        {{#organisations}}
        <tr id="{{rowID}}">
        <th scope="row"><bdi class="name">{{name}}</bdi><code>{{id}}</code></th>
        <td class="tier">{{tier}}</td><td class="number">{{value}}</td><td class="number">{{share}}</td><td class="number">{{risk}}</td><td class="number">{{days}}</td><td>{{sector}}</td><td>{{size}}</td><td><bdi>{{district}}</bdi></td><td class="number">{{problems}}</td>
        </tr>
        {{/organisations}}
        </tbody>
        </table>
        </section>

        {{#hasSubcontracts}}
        <section aria-labelledby="subcontracts-heading">
        <h2 id="subcontracts-heading">Subcontracts</h2>
        <table class="fixed">
        <colgroup><col class="c-id"><col class="c-name"><col class="c-name"><col class="c-role"><col class="c-value"><col class="c-num"><col class="c-num"><col class="c-problems"></colgroup>
        <caption>Every subcontract: who lets it, who delivers it, what for, its value, how soon the provider is paid, and the share of the contract's risk it carries.</caption>
        <thead><tr><th scope="col">Subcontract</th><th scope="col">Let by</th><th scope="col">Delivered by</th><th scope="col">Role</th><th scope="col" class="number">Value</th><th scope="col" class="number">Payment days</th><th scope="col" class="number">Risk share</th><th scope="col" class="number">Problems</th></tr></thead>
        <tbody>
        {{#subcontracts}}
        <tr id="{{rowID}}">
        <th scope="row"><code class="name">{{id}}</code></th>
        <td><bdi class="name">{{parent}}</bdi></td><td><bdi class="name">{{provider}}</bdi></td><td><bdi class="name">{{role}}</bdi></td><td class="number">{{value}}</td><td class="number">{{days}}</td><td class="number">{{risk}}</td><td class="number">{{problems}}</td>
        </tr>
        {{/subcontracts}}
        </tbody>
        </table>
        </section>
        {{/hasSubcontracts}}

        <section aria-labelledby="charts-heading">
        <h2 id="charts-heading">Charts</h2>
        {{#riskChart}}
        <figure id="risk-chart">
        <svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {{width}} {{height}}" width="{{width}}" height="{{height}}" role="img" aria-labelledby="risk-chart-title risk-chart-desc">
        <title id="risk-chart-title">Risk share against value share, one point per provider</title>
        <desc id="risk-chart-desc">{{description}}</desc>
        <rect x="0" y="0" width="{{width}}" height="{{height}}" fill="#ffffff"/>
        {{#ticks}}
        <line x1="{{x1}}" y1="{{y1}}" x2="{{x2}}" y2="{{y2}}" stroke="#d9d9d9" stroke-width="1"/>
        <text x="{{labelX}}" y="{{labelY}}" font-size="12" fill="#1a1a1a" text-anchor="{{anchor}}">{{label}}</text>
        {{/ticks}}
        <line x1="{{left}}" y1="{{bottom}}" x2="{{right}}" y2="{{bottom}}" stroke="#1a1a1a" stroke-width="1.5"/>
        <line x1="{{left}}" y1="{{top}}" x2="{{left}}" y2="{{bottom}}" stroke="#1a1a1a" stroke-width="1.5"/>
        <line x1="{{left}}" y1="{{bottom}}" x2="{{equalX}}" y2="{{equalY}}" stroke="#1a1a1a" stroke-width="1.5"><title>Proportionate: risk share equals value share</title></line>
        <text x="{{equalLabelX}}" y="{{equalLabelY}}" font-size="12" fill="#1a1a1a" text-anchor="end">risk = value</text>
        <line x1="{{left}}" y1="{{bottom}}" x2="{{ruleX}}" y2="{{ruleY}}" stroke="#a3001b" stroke-width="1.5" stroke-dasharray="6 4"><title>Risk share 1.5 times value share</title></line>
        <text x="{{ruleLabelX}}" y="{{ruleLabelY}}" font-size="12" fill="#a3001b" text-anchor="middle">risk = 1.5 × value</text>
        <text x="{{axisXLabelX}}" y="{{axisXLabelY}}" font-size="13" fill="#1a1a1a" text-anchor="middle">Share of the contract value</text>
        <text x="16" y="{{axisYLabelY}}" font-size="13" fill="#1a1a1a" text-anchor="middle" transform="rotate(-90 16 {{axisYLabelY}})">Share of the contract risk</text>
        {{#points}}
        <g>
        <title>{{#hasNumber}}{{number}}. {{/hasNumber}}{{fullName}}: {{valueShare}} of the value, {{riskShare}} of the risk</title>
        {{#over}}<rect x="{{squareX}}" y="{{squareY}}" width="11" height="11" fill="#d55e00" stroke="#1a1a1a" stroke-width="1"/>{{/over}}
        {{^over}}<circle cx="{{cx}}" cy="{{cy}}" r="6" fill="#0072b2" stroke="#1a1a1a" stroke-width="1"/>{{/over}}
        {{#hasNumber}}<text x="{{labelX}}" y="{{labelY}}" font-size="12" fill="#1a1a1a" text-anchor="{{labelAnchor}}">{{number}}</text>{{/hasNumber}}
        </g>
        {{/points}}
        {{^points}}
        <text x="{{centreX}}" y="{{centreY}}" font-size="14" fill="#1a1a1a" text-anchor="middle">No provider has both a value share and a risk share to plot.</text>
        {{/points}}
        </svg>
        <figcaption>
        <p>Each point is a provider: across, its share of the contract value; up, the share of the contract's risk it carries. Points on the solid line carry risk in proportion to their part; squares above the dashed line carry more than 1.5 times their share of the value.{{#hasOmitted}} {{omitted}}{{/hasOmitted}} {{unlabelled}}</p>
        {{#hasPoints}}
        <ol class="key">
        {{#keyed}}
        <li value="{{number}}"><bdi class="name">{{fullName}}</bdi>: {{valueShare}} of the value, {{riskShare}} of the risk{{#over}} (more than 1.5 times its share of the value){{/over}}</li>
        {{/keyed}}
        </ol>
        {{/hasPoints}}
        </figcaption>
        </figure>
        {{/riskChart}}
        {{#daysChart}}
        <figure id="days-chart">
        <svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {{width}} {{height}}" width="{{width}}" height="{{height}}" role="img" aria-labelledby="days-chart-title days-chart-desc">
        <title id="days-chart-title">Days to cash per provider against the 30-day limit</title>
        <desc id="days-chart-desc">{{description}}</desc>
        <rect x="0" y="0" width="{{width}}" height="{{height}}" fill="#ffffff"/>
        {{#ticks}}
        <line x1="{{x1}}" y1="{{y1}}" x2="{{x2}}" y2="{{y2}}" stroke="#d9d9d9" stroke-width="1"/>
        <text x="{{labelX}}" y="{{labelY}}" font-size="12" fill="#1a1a1a" text-anchor="{{anchor}}">{{label}}</text>
        {{/ticks}}
        {{#bars}}
        <g>
        <title>{{fullName}}: paid {{days}} days after the work is invoiced down the chain</title>
        <text x="{{nameX}}" y="{{textY}}" font-size="12" fill="#1a1a1a" text-anchor="end">{{shortName}}</text>
        <rect x="{{x}}" y="{{y}}" width="{{barWidth}}" height="{{barHeight}}" fill="{{fill}}" stroke="#1a1a1a" stroke-width="1"/>
        <text x="{{valueX}}" y="{{textY}}" font-size="12" fill="#1a1a1a">{{days}} days{{#over}} (over 30){{/over}}</text>
        </g>
        {{/bars}}
        {{^bars}}
        <text x="{{centreX}}" y="{{centreY}}" font-size="14" fill="#1a1a1a" text-anchor="middle">No provider's days to cash are known.</text>
        {{/bars}}
        <line x1="{{left}}" y1="{{top}}" x2="{{left}}" y2="{{bottom}}" stroke="#1a1a1a" stroke-width="1.5"/>
        <line x1="{{limitX}}" y1="{{limitTop}}" x2="{{limitX}}" y2="{{bottom}}" stroke="#a3001b" stroke-width="2" stroke-dasharray="6 4"><title>The 30-day limit</title></line>
        <text x="{{limitX}}" y="{{limitLabelY}}" font-size="12" fill="#a3001b" text-anchor="middle">30 days</text>
        <text x="{{axisXLabelX}}" y="{{axisXLabelY}}" font-size="13" fill="#1a1a1a" text-anchor="middle">Days from the work to the provider's cash</text>
        </svg>
        <figcaption><p>Each bar is a provider: how many days pass, at worst, between its work being invoiced down the chain and the cash reaching it. The dashed line marks the 30 days public subcontracts must pay within; bars past it are drawn orange and labelled "over 30".{{#hasCut}} {{cut}}{{/hasCut}}{{#hasOmitted}} {{omitted}}{{/hasOmitted}}</p></figcaption>
        </figure>
        {{/daysChart}}
        </section>
        </main>
        <footer><p class="meta">Made by chainaudit {{version}} from the chain file alone; this page loads nothing from the network and runs no script.</p></footer>
        </body>
        </html>

        """
}

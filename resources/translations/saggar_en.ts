<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DisplayNames</name>
    <message>
        <source>Credit analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foshan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jingdezhen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zibo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jinjiang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gao&apos;an</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dehua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tangshan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanitary ware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily-use porcelain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art porcelain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment mortgage loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet purchase loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiln upgrade loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secured working capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roller kiln</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel kiln</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shuttle kiln</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural gas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m²/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pieces/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial statements (3 years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle registration certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle driving licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiln purchase invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiln acceptance records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plant lease or land certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracker id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensor gateway id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be %1 characters long; this has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 (&quot;%2&quot;) is not allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character is &quot;%1&quot; but should be &quot;%2&quot;: a character was probably mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the expected form (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a province abbreviation; a plate starts with one, such as 粤 or 鲁.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at most two decimals (fen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a real date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be between %1 % and %2 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record no longer exists; it may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value was refused by the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged or is not a Saggar database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was written by a newer version of Saggar; update Saggar to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is using the database; close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file could not be read or written (disk or permissions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Saggar database in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is already in use, or someone else changed the record first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role is not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Underwriting workstation for loans secured by trucks and kilns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace folder (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen language: en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 could not be opened.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To create the demo workspace, run:
  saggarctl demo create --workspace &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has not been changed. Keep it for your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace not opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saggar::ui::AssetDialog</name>
    <message>
        <source>Add a truck to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a kiln to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 粤E12345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>17 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan, e.g. 385000 or 38.5万</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. TRK-0A1B2C3D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan, e.g. 12000000 or 1,200万</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. GW-0A1B2C3D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truck not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiln not added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saggar::ui::LoanFilePage</name>
    <message>
        <source>No loan file is open. Double-click a file in the portfolio to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trucks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add truck…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kilns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensor gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add kiln…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loan file could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Annual rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every required document is on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n required document(s) missing.</source>
        <translation>
            <numerusform>%n required document missing.</numerusform>
            <numerusform>%n required documents missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>saggar::ui::LoginDialog</name>
    <message>
        <source>Sign in to Saggar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saggar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underwriting workstation for loans secured by trucks and kilns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown user or wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saggar::ui::MainWindow</name>
    <message>
        <source>Saggar — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not built yet. Files the risk decision routes to manual review will wait here for a manager, with their reasons and a service-level clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not built yet. Early warnings from truck and kiln telemetry (geofence exits, silent trackers, kiln shutdowns) will be worked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not built yet. Defaulted collateral will be sold from here: judicial auction, second-hand matching, reserve prices and bids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not built yet. Valuation and risk model versions, their measured error and champion/challenger comparisons will be shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New loan file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Saggar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Saggar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saggar %1
Underwriting workstation for loans to ceramics makers secured by their trucks and kilns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saggar::ui::NewFileDialog</name>
    <message>
        <source>New loan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Borrower&lt;/b&gt; — an enterprise already on file is matched by its credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 佛山市南海区宏宇陶瓷有限公司</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan, e.g. 350000000 or 35,000万</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan, e.g. 8000000 or 800万</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan file not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters, e.g. 91350100M000100Y43</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saggar::ui::PortfolioModel</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trucks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kilns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saggar::ui::PortfolioPage</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trucks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kilns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, credit code, file no., plate or VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yuan, e.g. 500000, 500,000.00 or 50万</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts are in yuan, e.g. 500000, 500,000.00 or 50万; the filter was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum amount is above the maximum; the filter was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n loan file(s)</source>
        <translation>
            <numerusform>%n loan file</numerusform>
            <numerusform>%n loan files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>saggar::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

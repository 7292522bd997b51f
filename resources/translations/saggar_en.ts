<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AlertText</name>
    <message>
        <source>Left its geofence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracker silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiln shut down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falling utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odometer rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudden fuel drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan-to-value breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside its %1 km geofence for %2 h, up to %3 km from the cluster centre; still outside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was outside its %1 km geofence for %2 h, up to %3 km from the cluster centre; back inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reading for %1 h (reports are due every 5 minutes); still silent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reading for %1 h (reports are due every 5 minutes), then heard again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firing zones below %1 °C for %2 h; still cold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firing zones were below %1 °C for %2 h; firing again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 7 days&apos; activity is %1% of the 3 weeks before (alert below %2%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The odometer went back: %1 (km, or readings refused by the store).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fuel level fell %1 points of the tank while the truck stood still.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan-to-value %1% is above the %2% limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Farthest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heard again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firing again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days, per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 weeks before, per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odometer (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel (% of tank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firing zone (°C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firing cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truck %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiln %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding balance (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraised value, typed (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model valuation, fair market (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values: the model&apos;s valuations where made, the appraiser&apos;s typed values otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values: the model&apos;s valuations at fair market value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values: the appraiser&apos;s typed values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>Risk grade</source>
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
        <source>Appraised value of truck %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraised value of truck #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraised value of kiln #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New condition or covenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truck pledged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiln pledged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported with the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody answered within 30 minutes: escalated automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection of truck %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection of truck #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection of kiln #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection #%1, signed: overall %2, structure %3, mechanism %4; wear %5 %; %6 maintenance records, %7 defects, %8 photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection #%1, not signed: overall %2, structure %3, mechanism %4; wear %5 %; %6 maintenance records, %7 defects, %8 photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by another workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on another workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <source>The operation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A (strong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B (good)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C (acceptable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D (weak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E (outside appetite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start appraisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete appraisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return for rework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disburse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark repaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start disposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan-to-value above limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic decline overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose of the loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of repayment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collateral and valuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks and mitigants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions and covenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition precedent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracker online (% of time, at least)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiln operating days per month (at least)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan-to-value (%, at most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition or covenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry was edited after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries are out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry does not link to the one before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last entry is not the one the file recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be done yet: a condition is not met, the value is already in use, or someone else changed the record first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not do this: your role, the file&apos;s state or the rule that nobody checks their own work forbids it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionLines</name>
    <message>
        <source>Line %1: write the date, the work, who did it and “scheduled” or “repair”, separated by semicolons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a date; write it as 2026-10-12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the work is dated after the inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: say what work was done and who did it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the last part is “scheduled” (a planned service) or “repair”, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: write the part, what is wrong and a severity of 1, 2 or 3, separated by semicolons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: name the part and say what is wrong with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the severity is 1 (cosmetic), 2 (needs repair) or 3 (stops use), not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 does not start with a photo&apos;s SHA-256; remove the photos and add them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoDocument</name>
    <message>
        <source>Credit memo</source>
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
        <source>Version %1, written by %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the approved version; it is frozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhraseText</name>
    <message>
        <source>Submission is blocked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credit memo is not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credit memo has empty sections: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no truck or kiln is pledged to the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No truck or kiln is pledged to the file, so there is nothing to appraise; return the file for rework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appraisal is not complete: enter the appraised value of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disbursement is blocked: these conditions precedent are not met or waived: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a risk grade (A to E).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain the risk grade in at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no risk assessment; it must be assessed before approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no credit memo to approve; return it for rework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collateral has no appraised value, so the loan-to-value ratio is unknown; return the file to the appraiser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loan is %1 of the appraised collateral, above the %2 limit: approving it is a policy exception. Write a justification of at least %3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why you %1, in at least %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You prepared this file, so you cannot approve it; another manager must.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You wrote the credit memo of this file, so you cannot approve it; another manager must.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You entered the appraised value of %1, so you cannot approve it; another manager must.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have already approved this file in this round; the other approval must come from a different manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot %1 while the file is in %2; that is done from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 can %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the file&apos;s preparer (%1) or a manager can submit the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the file&apos;s appraiser (%1) can complete the appraisal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appraisal is complete, so only a manager can return the file for rework now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an analyst or a manager can change the documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an analyst or a manager can change conditions and covenants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the %1 received before verifying it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is %2; mark it missing first if it has to be collected again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the condition or covenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the description and the note to at most %1 characters each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The threshold must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The threshold of tracker uptime (percent) must be above 0 and at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The threshold of kiln operating days per month must be above 0 and at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The threshold of loan-to-value (percent) must be above 0 and at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions precedent are settled before disbursement; this file is in %1, so their status can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A covenant&apos;s status is followed after disbursement; it stays pending until the loan is disbursed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents can change only while the file is prepared or decided; this file is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager can waive the %1: a waiver is a policy exception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is already waived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why the %1 can be waived, in at least %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is already %2; nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit memo can be written only while the file is a draft; this file is in %1. A manager can return it for rework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the file&apos;s preparer (%1) or a manager can write the credit memo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit memo has %1 sections; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 section is too long: at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions and covenants cannot change while the file is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: the condition is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions and covenants are fixed once the loan is disbursed; only their status and note can be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager can waive a condition: a waiver is a policy exception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why &quot;%1&quot; can be waived, in at least %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraised values are entered during the appraisal; this file is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the file&apos;s appraiser (%1) can enter appraised values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appraised value of %1 must be more than ¥0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appraised value of %1 (%2) is more than %3 times its purchase price (%4); check the figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loan amount must be positive before it can be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beyond delegated authority: no approval limit covers %1 at grade %2. Ask for the authority table to be extended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start the appraisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete the appraisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assess the risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>override the decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return the file for rework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disburse the loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the repayment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declare a default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start the disposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truck %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kiln #%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskText</name>
    <message>
        <source>Loan-to-value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liabilities to assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net profit margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan to annual revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiln operating days a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truck activity trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst arrears in 24 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is %2: %n point(s) short of the best</source>
        <translation>
            <numerusform>%1 is %2: %n point short of the best</numerusform>
            <numerusform>%1 is %2: %n points short of the best</numerusform>
        </translation>
    </message>
    <message>
        <source>Business licence expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan-to-value over the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise on the blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: declined whatever the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no automatic approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic decline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TelemetryText</name>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone 1 (preheat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone 2 (preheat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone 3 (firing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone 4 (firing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone 5 (cooling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone 6 (cooling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firing cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output (area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output (pieces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counter went back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValuationReport</name>
    <message>
        <source>Valued on %1 by %2 with library %3 and model %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truck</source>
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
        <source>VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensor gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledged to loan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not pledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This valuation read no inspection: no signed inspection of the asset existed when it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 on %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overall %1, structure %2, mechanism %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surface or glaze wear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled service(s) due, compliance %1</source>
        <translation>
            <numerusform>%n scheduled service due, compliance %1</numerusform>
            <numerusform>%n scheduled services due, compliance %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Defects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cosmetic, %2 needing repair, %3 stopping use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity (1–3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by the appraiser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) recorded with the inspection.</source>
        <translation>
            <numerusform>%n photo recorded with the inspection.</numerusform>
            <numerusform>%n photos recorded with the inspection.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them could not be read from the workspace&apos;s attachments.</source>
        <translation>
            <numerusform>%n of them could not be read from the workspace&apos;s attachments.</numerusform>
            <numerusform>%n of them could not be read from the workspace&apos;s attachments.</numerusform>
        </translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telemetry %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage is the share of the expected readings that were there (records and inspections count in full). The model treats a missing indicator as missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telemetry, last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telemetry is not available in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no readings in these 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No readings of this asset in these 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparable sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comparable sales recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bank&apos;s asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model and library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (effective %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>champion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>challenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on data %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reproducibility and signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valuation #%1 was made on %2 by %3. It is reproducible from its recorded inputs (library type %4, region, market index and the twelve indicator values) with library %5 and model %6, both kept in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraiser&apos;s signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valuation report #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValuationText</name>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odometer or hours in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel or energy use against the norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harsh events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surface or glaze wear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firing cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature stability at peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating days a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time inside the permitted region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × the norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per 1,000 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>± %1 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable to this asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First auction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second auction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale period (变卖)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly rollups %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly rollups %1 – %2, readings %3 – %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No telemetry received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs readings; only hourly rollups kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telemetry was not read for this valuation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No telemetry has been received from this asset for %1 – %2: its telemetry indicators are missing, and the model treats them as missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telemetry read for %1 – %2, all of it as readings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telemetry read for %1 – %2, all of it as hourly rollups (the readings are no longer kept): harsh events, idle ratio and the temperature spread at peak need readings and are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telemetry read for %1 – %2: readings from %3, hourly rollups before (older history is kept as hourly summaries). Harsh events, idle ratio and the temperature spread at peak count readings, so they cover %3 – %2 only.</source>
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
    <message>
        <source>Bank server to sync with, host:port (kept as the Settings value).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saggar::LtvChart</name>
    <message>
        <source>Loan-to-value (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LTV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LTV %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above the %1 % limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collateral %1 (%2 of %3 assets valued)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saggar::TelemetryChart</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saggar::TruckTrackPlot</name>
    <message>
        <source>Longitude (°E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude (°N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geofence (%1 km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the fence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saggar::ui::ActionBar</name>
    <message>
        <source>Actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing for you to do on this file in its present state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the risk grade and explain it. Grades A and B are approved automatically (still confirmed by a manager), C and D go to manual review, E is declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You approve on credit memo version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment for the file is optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loan is %1 % of the appraised collateral, above the %2 % limit: approving it is a policy exception. Write your justification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why the file is rejected; the analyst and the record will read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overriding an automatic decline is a policy exception. Write your justification; the file goes to manual review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what has to be reworked; the file goes back to its preparer as a draft and a new decision round starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why the borrower is in default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: loan file %2, now %3. Go ahead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score loan file %1 with the application model %2? The policy rules and the score bands then route it to automatic approval, manual review or automatic decline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes this draft. It is kept as a record, leaves the lists and is deleted on the bank&apos;s server at the next synchronisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the draft loan file %1 (%2)? It leaves the lists on this workstation and is deleted on the bank&apos;s server at the next synchronisation. If someone changed it on the server meanwhile, the delete is refused and shown in File &gt; Sync queue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saggar::ui::AlertAssignDialog</name>
    <message>
        <source>Assign the alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who follows this alert up? They see it in their queue and may resolve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saggar::ui::AlertQueuePage</name>
    <message>
        <source>Show resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early warnings from the telemetry of pledged trucks and kilns and from loan-to-value. Answer each within 30 minutes — acknowledge it or assign it — or it is escalated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early warnings on the loan files you prepared. Answer each within 30 minutes or it is escalated to the managers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open loan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alerts could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) not yet resolved.</source>
        <translation>
            <numerusform>%n alert not yet resolved.</numerusform>
            <numerusform>%n alerts not yet resolved.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new high-severity alert(s)</source>
        <translation>
            <numerusform>%n new high-severity alert</numerusform>
            <numerusform>%n new high-severity alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n high-severity alert(s) waiting</source>
        <translation>
            <numerusform>%n high-severity alert waiting</numerusform>
            <numerusform>%n high-severity alerts waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an alert to see its evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truck #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiln #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you find, and what was done? The note is kept with the alert and in the file&apos;s history.</source>
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
    <name>saggar::ui::AssetTelemetryPanel</name>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow new readings: looks for them every few seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track and geofence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary for the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telemetry is not available in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a truck or a kiln above to see its telemetry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telemetry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading telemetry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The telemetry could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No telemetry has been received from this truck&apos;s tracker yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No telemetry has been received from this kiln&apos;s sensor gateway yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings arrive once the device reports to the bank server. Readings in a CSV file can be brought in with File → Import telemetry…. A demo workspace gets a history from saggar-sim history --workspace &lt;folder&gt;, and live readings from saggar-sim live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live, newest reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel per 100 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of the tank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (under 10 km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firing cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours at temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h (≥ %2 °C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy per cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (no completed cycle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 %, %n gap(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worst channel&apos;s figures; readings are expected every 5 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings the device sent that were refused, since it first reported (the store counts them, it does not keep their times).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saggar::ui::BandEditorDialog</name>
    <message>
        <source>Save bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores below the decline band are declined automatically, scores from the approval band up are approved automatically, and the files in between go to manual review. Policy rules still decline or refer whatever the score. The bank aims at about %1 of files in manual review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest bands for %1 review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the bands change (kept with them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force: decline below %1, approve from %2 — set by %3 on %4 (“%5”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force: decline below %1, approve from %2 — the model %3&apos;s own bands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decline band must not be above the approval band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file of the portfolio has been scored yet, so no rates can be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>On the %n scored file(s) of the portfolio: approve %1, review %2, decline %3.</source>
        <translation>
            <numerusform>On the %n scored file of the portfolio: approve %1, review %2, decline %3.</numerusform>
            <numerusform>On the %n scored files of the portfolio: approve %1, review %2, decline %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>saggar::ui::CollateralTab</name>
    <message>
        <source>Not valued</source>
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
        <source>Appraised value</source>
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
        <source>Appraisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a truck or a kiln above and enter its appraised value. The appraisal can be completed once every pledged asset has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan, e.g. 320000 or 32万</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No asset selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraised collateral %1; loan-to-value %2 % (limit %3 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan-to-value is known once every pledged asset has an appraised value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truck %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiln: %1, installed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount in yuan, such as 320000, 320,000.00 or 32万.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraised value not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The valuation model&apos;s values for the selected truck, with its bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The valuation model&apos;s values for the selected kiln, with its bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record and sign an inspection of the selected asset, or read past ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected asset&apos;s inspections (only an appraiser records one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valuation report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a stored valuation of the selected truck as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a stored valuation of the selected kiln as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saggar::ui::CovenantDialog</name>
    <message>
        <source>Add a condition or covenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a condition or covenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Trackers online at least 95 % of the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was checked, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saggar::ui::CovenantsTab</name>
    <message>
        <source>≥ %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
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
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No condition or covenant yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n condition(s) precedent still to be met or waived before disbursement.</source>
        <translation>
            <numerusform>%n condition precedent still to be met or waived before disbursement.</numerusform>
            <numerusform>%n conditions precedent still to be met or waived before disbursement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every condition precedent is met or waived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waive condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiving “%1” is a policy exception recorded with your name. Write why the loan can proceed without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition not waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached: LTV %1 % on model valuations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached: LTV %1 % on typed appraised values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached: LTV %1 % on model and typed values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saggar::ui::DecisionTab</name>
    <message>
        <source>Risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed yet: the grade is set after the appraisal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs one manager&apos;s approval: %1 at grade %2 is within a single manager&apos;s delegated authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a committee of %1 managers: %2 at grade %3 is beyond a single manager&apos;s delegated authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authority needed follows from the amount and the risk grade, once assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody approves a file they prepared, a memo they wrote or a value they entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision round %1: %2 of %3 approvals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Decision round %1: %n approval(s).</source>
        <translation>
            <numerusform>Decision round %1: %n approval.</numerusform>
            <numerusform>Decision round %1: %n approvals.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 points (model %2; bands: decline below %3, approve from %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs of the score:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the score alone: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None fired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every input is in its best band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top reasons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saggar::ui::DocumentsTab</name>
    <message>
        <source>Documents and scans (*.pdf *.png *.jpg *.jpeg)</source>
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
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional), e.g. original seen at the branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
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
    <message>
        <source>Submission is blocked until these documents are received or waived: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a document first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a document to see its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file is attached to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files attached to %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waive document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiving the %1 is a policy exception recorded with your name. Write why the file can proceed without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document not waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; attachments can be at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program to show %1 was found. Use “Save as…” and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saggar::ui::EnterpriseTab</name>
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
</context>
<context>
    <name>saggar::ui::FileController</name>
    <message>
        <source>user #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saggar::ui::HistoryTab</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit trail verifies: %n entry(ies), each sealed by a hash of the one before.</source>
        <translation>
            <numerusform>The audit trail verifies: %n entry, each sealed by a hash of the one before.</numerusform>
            <numerusform>The audit trail verifies: %n entries, each sealed by a hash of the one before.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail does NOT verify. At entry #%1: %2 The history below cannot be trusted as it stands; report it to the bank&apos;s audit team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saggar::ui::InspectionDialog</name>
    <message>
        <source>A — as new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B — good, normal wear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C — fair, repairs due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D — poor, major repair needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E — unfit for use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores the inspection signed by you; it cannot be changed afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you type is kept as a draft until you sign, even if Saggar closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site or address, e.g. 佛山市南海区 yard 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local time, e.g. 2026-11-20 14:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: latitude, longitude, e.g. 23.0215, 113.1214</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chassis and body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shell and refractory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine and drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burners, rollers and fans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 to 100, e.g. 25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paint and body wear (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lining and glaze wear (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled services the maker&apos;s plan asks for since the last inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled services due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one a line: date; work; who did it; scheduled or repair
2026-10-12; oil and filters; Foshan Jiefang service; scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one a line: part; what is wrong; severity 1 cosmetic, 2 needs repair, 3 stops use
rear axle; oil leak at the seal; 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo yet. Photos are kept with the file&apos;s attachments by their SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored what you typed earlier; it is kept until you sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing stores this inspection as signed by %1 (appraiser) and freezes it: a signed inspection cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed: this inspection is not used for valuation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed: %1. A signed inspection cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No inspection of this asset has been recorded yet. Only an appraiser can record one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can read the recorded inspections; only an appraiser can record one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the asset was inspected: the site or the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the place under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the time of the inspection as 2026-11-20 14:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspection cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the latitude (−90 to 90) and the longitude (−180 to 180) separated by a comma, or leave the position empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the wear as a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an appraiser can record and sign an inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recorded inspection cannot be signed again; choose “New inspection”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed: correct the fields marked in red. Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, appraiser, %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed: %1 Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored as inspection #%1. The next valuation of this asset reads its wear and maintenance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a photo of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 20 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
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
        <source>Collateral</source>
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
        <source>Credit memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
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
    <name>saggar::ui::LtvPanel</name>
    <message>
        <source>Loan-to-value over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair market value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orderly liquidation value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model valuation of this file&apos;s collateral yet, so there is no LTV history to draw. Value an asset with Value… on the Collateral tab; once the file is disbursed, its collateral is revalued when inspections or telemetry arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LTV could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing pledged to this file is valued yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>model valuations at fair market value (%n asset(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the appraiser&apos;s typed values (%n asset(s)); no model valuation yet</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>model valuations of %1 asset(s) and the appraiser&apos;s typed values of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above the %1 % alert level (no LTV covenant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within the %1 % alert level (no LTV covenant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above the covenant&apos;s %1 % limit: breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within the covenant&apos;s %1 % limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LTV now %1 %: outstanding %2 against %3 on %4 — %5.</source>
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
        <source>Alerts</source>
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
    <message>
        <source>My work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing &amp;bands…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert queue is not available in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;telemetry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valuation &amp;models…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saggar::ui::MemoTab</name>
    <message>
        <source>Save as new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 was approved and is frozen: it is kept exactly as the approvers read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text you typed earlier and did not save was restored. Save it as a new version when it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved, frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit memo not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the credit memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit memo not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saggar::ui::MyWorkPage</name>
    <message>
        <source>My work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts you prepared, and files returned to you for rework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files waiting for an appraiser, and the appraisals you have started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files awaiting approval or another manager&apos;s decision: reviews, overrides, disbursements, defaults, disposals and closures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your work could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waiting for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) waiting for you.</source>
        <translation>
            <numerusform>%n file waiting for you.</numerusform>
            <numerusform>%n files waiting for you.</numerusform>
        </translation>
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
    <name>saggar::ui::OverviewTab</name>
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
        <source>Not assessed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraised collateral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valued yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known once every pledged asset is valued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(above the %1 % limit: approval is a policy exception)</source>
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
        <source>Change terms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the appraisers&apos; values, as the approval policy reads it. The Covenants tab follows the LTV over time on the model&apos;s valuations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan-to-value (appraised)</source>
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
    <name>saggar::ui::ReasonDialog</name>
    <message>
        <source>Choose a grade…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s).</source>
        <translation>
            <numerusform>%n character.</numerusform>
            <numerusform>%n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s); at least %1 are needed.</source>
        <translation>
            <numerusform>%n character; at least %1 are needed.</numerusform>
            <numerusform>%n characters; at least %1 are needed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saggar::ui::ReviewQueueModel</name>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saggar::ui::ReviewQueuePage</name>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files the score bands or the policy rules sent to manual review, longest waiting first. Claim a file so others see you hold it, read its reasons, then open it to approve, reject or return it; each should be decided within %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) waiting for review</source>
        <translation>
            <numerusform>%n file waiting for review</numerusform>
            <numerusform>%n files waiting for review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n past the SLA</source>
        <translation>
            <numerusform>; %n past the SLA</numerusform>
            <numerusform>; %n past the SLA</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a file to read why it is in review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3 at grade %4, score %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by %1 since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You prepared this file, so another manager has to decide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds this file; ask them to release it.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>host:port, empty for no sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the server as host:port, for example 10.1.2.3:8443.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saggar::ui::SyncEditText</name>
    <message>
        <source>New file for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledge truck %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledge a kiln</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledge kiln %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add condition: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document %1: status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>condition %1: status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>condition %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appraised value of truck %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appraised value of kiln %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saggar::ui::SyncQueueDialog</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the whole edit: %1. Taking theirs discards it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed the same fields on the server. Keep mine sends your values again on version %1; take theirs discards your edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was deleted on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was deleted on the server by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your delete came after a change on the server (now version %1); the file shows again with it — delete it again if you still want to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your delete was refused (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone changed the same fields on the server (now version %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saggar::ui::SyncStatusLabel</name>
    <message>
        <source>Sync off (no server configured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) waiting</source>
        <translation>
            <numerusform>%n edit waiting</numerusform>
            <numerusform>%n edits waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflict to resolve</numerusform>
            <numerusform>%n conflicts to resolve</numerusform>
        </translation>
    </message>
    <message>
        <source>last synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>live: %n asset(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Live telemetry: following %n asset(s), </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s) stored this session</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Live telemetry: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live telemetry error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saggar::ui::TelemetryImportDialog</name>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the good lines and list the bad ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import nothing if any line is bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;py list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import telemetry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings exported by another platform: a CSV file with one reading a line (asset_kind,asset,channel,time,value and an optional device_seq; a header line is optional). Readings already stored are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a line is bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counter went backwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another telemetry import is running. Wait until it has finished, then try again. Nothing was imported from this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines read (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another telemetry import is running. Wait until it has finished, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it may not be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2. Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no readings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a telemetry CSV file: its first line “%2” is not the header asset_kind,asset,channel,time,value,device_seq.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read to its end (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The telemetry store could not take the readings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled after %1 lines. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1 of %2 lines are bad, and you chose to import nothing if any line is bad. Correct the lines listed below, or import the good lines only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 readings from %2. %3 bad lines were skipped; they are listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds nothing new: all %2 readings were already stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 readings from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates ignored (already stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 bad lines are listed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saggar::ui::TermsDialog</name>
    <message>
        <source>Terms of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the terms you change are sent to the bank server; someone else&apos;s change to another term is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan, e.g. 8000000 or 800万</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saggar::ui::ValuationDialog</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valuation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace cannot value assets yet: it needs a valuation library and a champion price model. A demo workspace made with “saggarctl demo create” has both. For another workspace, import the library with “saggarctl valuation library import resources/valuation/library.tsv --workspace DIR” and train a model with “saggarctl valuation train --demo --out MODEL --workspace DIR” (the generated demo history) or on the bank&apos;s sales with --csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The asset could not be valued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library type %1 (%2). Valued with library %3 and champion model %4, trained %5 on %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>How sure: on %n sales the model had not seen, its median error was %1; the 80 % band held %2 of the prices and the 90 % band %3. These are measured figures, not promises.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The model&apos;s error and band coverage were not measured when it was trained; read the bands with care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store valuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 % band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 % band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair market value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orderly liquidation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forced sale (auction ladder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net recovery after costs and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days from seizure (expected)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The bands of the other values follow the fair market value&apos;s, since each is a share of it for this type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forced sale: the judicial-auction ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chance of selling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the appraisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still unsold after the ladder: %1 (taken in lieu at the second price and sold later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The twelve indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The valuation was not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored as valuation #%1, with its inputs, library %2 and model %3, so it can be reproduced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valuing… (reading telemetry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this stored valuation as a PDF in English or Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition at that inspection: overall %1, structure %2, mechanism %3; defects: %4 cosmetic, %5 needing repair, %6 stopping use. The model reads the wear and the maintenance; the grades are shown for the appraiser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signed inspection of this asset yet: an appraiser records one with “Inspect…” on the Collateral tab; the model treats missing indicators as missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saggar::ui::ValuationModelsPage</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Champion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valuation models: champion and challenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of assets valued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured at training (held-out sales)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices inside the 80 % band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices inside the 90 % band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against realised sale prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within ±10 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within ±20 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias (mean of value − price)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote challenger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotions (the model change log, newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The models could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sales yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The challenger values %1 of the assets (the same ones every time) and the champion the rest. Both are judged on %2 realised sale prices of the bank&apos;s own assets: each sold asset&apos;s latest valuation by the model made before the sale day. %3 outside comparables are kept for the reports. The bands are what was measured, not a promise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the challenger to promote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 the champion; the champion is retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote challenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why should %1 replace %2 as the champion? The reason is kept in the model change log with your name and the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not promoted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the champion now; %2 is retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of assets; has valued %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none now; has valued %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saggar::ui::ValuationReasonsView</name>
    <message>
        <source>Share of the economic life used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library depreciation curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depreciation rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage against the norm for its age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the model read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reasons could not be worked out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age and the library&apos;s depreciation curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage against the norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel or energy efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harsh events, idling, staying in the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wear and maintenance (inspection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiln firing and temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second-hand market index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type, brand and class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how its category, brand and class sold in the training history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no telemetry for %1: the model uses its default direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no signed inspection for %1: the model uses its default direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not measured on this kind of asset: the model reads that as part of its type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline: over the sales it was trained on, the model starts from %1 of a new unit&apos;s price; for this type (new price %2) that is %3. The factors below move the value from there, largest first, to the fair market value of %4 (%5 against the baseline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each percentage is what that factor alone does to the value; the effects multiply, and the yuan parts add up to the difference from the baseline. They are the model&apos;s own accounting (TreeSHAP contributions), not proof of cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value for %1 (not in the training history): the model uses its default direction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saggar::ui::ValuationReportDialog</name>
    <message>
        <source>Valuation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF of one stored valuation: the asset, the inspection with its photos and signature, the twelve indicators, telemetry charts, the values with their bands, comparable sales and the versions used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 of %2: %3 (model %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the valuation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stored valuation to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored valuations could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This asset has no stored valuation yet. Press “Value…” and then “Store valuation”; its report can then be printed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

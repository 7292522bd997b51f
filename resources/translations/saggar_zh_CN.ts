<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlertText</name>
    <message>
        <source>Left its geofence</source>
        <translation>驶出电子围栏</translation>
    </message>
    <message>
        <source>Tracker silent</source>
        <translation>定位器失联</translation>
    </message>
    <message>
        <source>Kiln shut down</source>
        <translation>窑炉停火</translation>
    </message>
    <message>
        <source>Falling utilisation</source>
        <translation>利用率下降</translation>
    </message>
    <message>
        <source>Odometer rollback</source>
        <translation>里程表回拨</translation>
    </message>
    <message>
        <source>Sudden fuel drop</source>
        <translation>油量骤降</translation>
    </message>
    <message>
        <source>Loan-to-value breach</source>
        <translation>抵押率超限</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已指派</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Outside its %1 km geofence for %2 h, up to %3 km from the cluster centre; still outside.</source>
        <translation>驶出 %1 公里电子围栏已 %2 小时，距产区中心最远 %3 公里；仍在围栏外。</translation>
    </message>
    <message>
        <source>Was outside its %1 km geofence for %2 h, up to %3 km from the cluster centre; back inside.</source>
        <translation>曾驶出 %1 公里电子围栏 %2 小时，距产区中心最远 %3 公里；已返回围栏内。</translation>
    </message>
    <message>
        <source>No reading for %1 h (reports are due every 5 minutes); still silent.</source>
        <translation>已 %1 小时无读数（应每 5 分钟上报一次）；仍未恢复。</translation>
    </message>
    <message>
        <source>No reading for %1 h (reports are due every 5 minutes), then heard again.</source>
        <translation>曾 %1 小时无读数（应每 5 分钟上报一次），之后恢复上报。</translation>
    </message>
    <message>
        <source>Firing zones below %1 °C for %2 h; still cold.</source>
        <translation>烧成带温度低于 %1 °C 已 %2 小时；仍未点火。</translation>
    </message>
    <message>
        <source>Firing zones were below %1 °C for %2 h; firing again.</source>
        <translation>烧成带温度曾低于 %1 °C 达 %2 小时；已恢复烧成。</translation>
    </message>
    <message>
        <source>The last 7 days&apos; activity is %1% of the 3 weeks before (alert below %2%).</source>
        <translation>最近 7 天的作业量为此前 3 周的 %1%（低于 %2% 即预警）。</translation>
    </message>
    <message>
        <source>The odometer went back: %1 (km, or readings refused by the store).</source>
        <translation>里程表读数回退：%1（公里，或被拒收的读数条数）。</translation>
    </message>
    <message>
        <source>The fuel level fell %1 points of the tank while the truck stood still.</source>
        <translation>车辆静止时油量下降了油箱的 %1 个百分点。</translation>
    </message>
    <message>
        <source>Loan-to-value %1% is above the %2% limit.</source>
        <translation>抵押率 %1% 超过 %2% 的上限。</translation>
    </message>
    <message>
        <source>Last inside</source>
        <translation>最后在围栏内</translation>
    </message>
    <message>
        <source>First outside</source>
        <translation>首次在围栏外</translation>
    </message>
    <message>
        <source>Farthest</source>
        <translation>最远点</translation>
    </message>
    <message>
        <source>Latest outside</source>
        <translation>最近在围栏外</translation>
    </message>
    <message>
        <source>Back inside</source>
        <translation>返回围栏内</translation>
    </message>
    <message>
        <source>Last heard</source>
        <translation>最后一次上报</translation>
    </message>
    <message>
        <source>Heard again</source>
        <translation>恢复上报</translation>
    </message>
    <message>
        <source>Last firing</source>
        <translation>最后烧成读数</translation>
    </message>
    <message>
        <source>First cold</source>
        <translation>首次低温</translation>
    </message>
    <message>
        <source>Latest cold</source>
        <translation>最近低温</translation>
    </message>
    <message>
        <source>Firing again</source>
        <translation>恢复烧成</translation>
    </message>
    <message>
        <source>Last 7 days, per day</source>
        <translation>最近 7 天日均</translation>
    </message>
    <message>
        <source>3 weeks before, per day</source>
        <translation>此前 3 周日均</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Last accepted</source>
        <translation>最后接收的读数</translation>
    </message>
    <message>
        <source>Readings refused</source>
        <translation>被拒收的读数</translation>
    </message>
    <message>
        <source>Odometer</source>
        <translation>里程表</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>Odometer (km)</source>
        <translation>里程表（公里）</translation>
    </message>
    <message>
        <source>Fuel (% of tank)</source>
        <translation>油量（油箱 %）</translation>
    </message>
    <message>
        <source>Firing zone (°C)</source>
        <translation>烧成带（°C）</translation>
    </message>
    <message>
        <source>Firing cycles</source>
        <translation>烧成次数</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已响应</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>Overdue by %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>The whole file</source>
        <translation>整个贷款档案</translation>
    </message>
    <message>
        <source>Truck %1</source>
        <translation>卡车 %1</translation>
    </message>
    <message>
        <source>Kiln %1</source>
        <translation>窑炉 %1</translation>
    </message>
    <message>
        <source>Outstanding balance (yuan)</source>
        <translation>未偿余额（元）</translation>
    </message>
    <message>
        <source>Appraised value, typed (yuan)</source>
        <translation>评估价值，人工录入（元）</translation>
    </message>
    <message>
        <source>Model valuation, fair market (yuan)</source>
        <translation>模型估值，公允市场价值（元）</translation>
    </message>
    <message>
        <source>Values: the model&apos;s valuations where made, the appraiser&apos;s typed values otherwise.</source>
        <translation>价值依据：已有模型估值的用模型估值，其余用评估师人工录入值。</translation>
    </message>
    <message>
        <source>Values: the model&apos;s valuations at fair market value.</source>
        <translation>价值依据：公允市场价值的模型估值。</translation>
    </message>
    <message>
        <source>Values: the appraiser&apos;s typed values.</source>
        <translation>价值依据：评估师人工录入值。</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>Risk grade</source>
        <translation>风险评级</translation>
    </message>
    <message>
        <source>Appraiser</source>
        <translation>评估师</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>审批经理</translation>
    </message>
    <message>
        <source>Appraised value of truck %1</source>
        <translation>货车 %1 的评估价值</translation>
    </message>
    <message>
        <source>Appraised value of truck #%1</source>
        <translation>货车 #%1 的评估价值</translation>
    </message>
    <message>
        <source>Appraised value of kiln #%1</source>
        <translation>窑炉 #%1 的评估价值</translation>
    </message>
    <message>
        <source>New condition or covenant</source>
        <translation>新增前提条件或承诺条款</translation>
    </message>
    <message>
        <source>Condition: %1</source>
        <translation>条款：%1</translation>
    </message>
    <message>
        <source>Condition #%1</source>
        <translation>条款 #%1</translation>
    </message>
    <message>
        <source>Truck pledged: %1</source>
        <translation>抵押货车：%1</translation>
    </message>
    <message>
        <source>Kiln pledged: %1</source>
        <translation>抵押窑炉：%1</translation>
    </message>
    <message>
        <source>Imported with the portfolio</source>
        <translation>随贷款组合导入</translation>
    </message>
    <message>
        <source>Alert #%1</source>
        <translation>预警 #%1</translation>
    </message>
    <message>
        <source>Nobody answered within 30 minutes: escalated automatically</source>
        <translation>30 分钟内无人响应：已自动升级</translation>
    </message>
    <message>
        <source>Inspection of truck %1</source>
        <translation>货车 %1 的检查</translation>
    </message>
    <message>
        <source>Inspection of truck #%1</source>
        <translation>货车 #%1 的检查</translation>
    </message>
    <message>
        <source>Inspection of kiln #%1</source>
        <translation>窑炉 #%1 的检查</translation>
    </message>
    <message>
        <source>Inspection #%1, signed: overall %2, structure %3, mechanism %4; wear %5 %; %6 maintenance records, %7 defects, %8 photos</source>
        <translation>检查 #%1，已签署：总体 %2，结构 %3，机构 %4；磨损 %5 %；保养记录 %6 条，缺陷 %7 项，照片 %8 张</translation>
    </message>
    <message>
        <source>Inspection #%1, not signed: overall %2, structure %3, mechanism %4; wear %5 %; %6 maintenance records, %7 defects, %8 photos</source>
        <translation>检查 #%1，未签署：总体 %2，结构 %3，机构 %4；磨损 %5 %；保养记录 %6 条，缺陷 %7 项，照片 %8 张</translation>
    </message>
    <message>
        <source>Changed by another workstation</source>
        <translation>由其他工作站修改</translation>
    </message>
    <message>
        <source>File received</source>
        <translation>已收到档案</translation>
    </message>
    <message>
        <source>Deleted on another workstation</source>
        <translation>已在其他工作站删除</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>第 %1 版</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Credit analyst</source>
        <translation>信贷分析师</translation>
    </message>
    <message>
        <source>Appraiser</source>
        <translation>评估师</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>审批经理</translation>
    </message>
    <message>
        <source>Foshan</source>
        <translation>佛山</translation>
    </message>
    <message>
        <source>Jingdezhen</source>
        <translation>景德镇</translation>
    </message>
    <message>
        <source>Zibo</source>
        <translation>淄博</translation>
    </message>
    <message>
        <source>Jinjiang</source>
        <translation>晋江</translation>
    </message>
    <message>
        <source>Gao&apos;an</source>
        <translation>高安</translation>
    </message>
    <message>
        <source>Dehua</source>
        <translation>德化</translation>
    </message>
    <message>
        <source>Liling</source>
        <translation>醴陵</translation>
    </message>
    <message>
        <source>Tangshan</source>
        <translation>唐山</translation>
    </message>
    <message>
        <source>Building tiles</source>
        <translation>建筑陶瓷</translation>
    </message>
    <message>
        <source>Sanitary ware</source>
        <translation>卫生洁具</translation>
    </message>
    <message>
        <source>Daily-use porcelain</source>
        <translation>日用陶瓷</translation>
    </message>
    <message>
        <source>Art porcelain</source>
        <translation>艺术陶瓷</translation>
    </message>
    <message>
        <source>Equipment mortgage loan</source>
        <translation>设备抵押贷款</translation>
    </message>
    <message>
        <source>Fleet purchase loan</source>
        <translation>车队购置贷款</translation>
    </message>
    <message>
        <source>Kiln upgrade loan</source>
        <translation>窑炉技改贷款</translation>
    </message>
    <message>
        <source>Secured working capital</source>
        <translation>抵押流动资金贷款</translation>
    </message>
    <message>
        <source>Roller kiln</source>
        <translation>辊道窑</translation>
    </message>
    <message>
        <source>Tunnel kiln</source>
        <translation>隧道窑</translation>
    </message>
    <message>
        <source>Shuttle kiln</source>
        <translation>梭式窑</translation>
    </message>
    <message>
        <source>Natural gas</source>
        <translation>天然气</translation>
    </message>
    <message>
        <source>Electric</source>
        <translation>电</translation>
    </message>
    <message>
        <source>m²/day</source>
        <translation>平方米/天</translation>
    </message>
    <message>
        <source>pieces/day</source>
        <translation>件/天</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>评估中</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>风险评估</translation>
    </message>
    <message>
        <source>Auto-approved</source>
        <translation>自动通过</translation>
    </message>
    <message>
        <source>Manual review</source>
        <translation>人工复核</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>自动拒绝</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已否决</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>已放款</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>贷后监控</translation>
    </message>
    <message>
        <source>Repaid</source>
        <translation>已结清</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>违约</translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation>资产处置</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Business licence</source>
        <translation>营业执照</translation>
    </message>
    <message>
        <source>Financial statements (3 years)</source>
        <translation>近三年财务报表</translation>
    </message>
    <message>
        <source>Bank statements</source>
        <translation>银行流水</translation>
    </message>
    <message>
        <source>Vehicle registration certificates</source>
        <translation>机动车登记证书</translation>
    </message>
    <message>
        <source>Vehicle driving licences</source>
        <translation>机动车行驶证</translation>
    </message>
    <message>
        <source>Kiln purchase invoices</source>
        <translation>窑炉购置发票</translation>
    </message>
    <message>
        <source>Kiln acceptance records</source>
        <translation>窑炉验收记录</translation>
    </message>
    <message>
        <source>Insurance policies</source>
        <translation>保险单</translation>
    </message>
    <message>
        <source>Plant lease or land certificate</source>
        <translation>厂房租赁合同或土地证</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>已豁免</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>年营业收入</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工人数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Term (months)</source>
        <translation>期限（月）</translation>
    </message>
    <message>
        <source>Annual rate (%)</source>
        <translation>年利率（%）</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>车辆识别代号</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Model year</source>
        <translation>年款</translation>
    </message>
    <message>
        <source>Purchase price</source>
        <translation>购置价</translation>
    </message>
    <message>
        <source>Tracker id</source>
        <translation>定位终端编号</translation>
    </message>
    <message>
        <source>Length (m)</source>
        <translation>长度（米）</translation>
    </message>
    <message>
        <source>Daily capacity</source>
        <translation>日产能</translation>
    </message>
    <message>
        <source>Year installed</source>
        <translation>投产年份</translation>
    </message>
    <message>
        <source>Purchase cost</source>
        <translation>购置成本</translation>
    </message>
    <message>
        <source>Sensor gateway id</source>
        <translation>传感网关编号</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <source>Must be %1 characters long; this has %2.</source>
        <translation>应为 %1 个字符，当前为 %2 个。</translation>
    </message>
    <message>
        <source>Character %1 (&quot;%2&quot;) is not allowed here.</source>
        <translation>第 %1 个字符（“%2”）在此处不允许。</translation>
    </message>
    <message>
        <source>The check character is &quot;%1&quot; but should be &quot;%2&quot;: a character was probably mistyped.</source>
        <translation>校验码为“%1”，应为“%2”：可能有字符输错。</translation>
    </message>
    <message>
        <source>Not in the expected form (%1).</source>
        <translation>格式不正确（应为 %1）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a province abbreviation; a plate starts with one, such as 粤 or 鲁.</source>
        <translation>“%1”不是省份简称；车牌应以省份简称开头，如粤、鲁。</translation>
    </message>
    <message>
        <source>Must be between %1 and %2.</source>
        <translation>应在 %1 至 %2 之间。</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <source>Enter at most two decimals (fen).</source>
        <translation>最多保留两位小数（到分）。</translation>
    </message>
    <message>
        <source>Enter a real date as YYYY-MM-DD.</source>
        <translation>请输入有效日期，格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>过长：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Must be between %1 % and %2 %.</source>
        <translation>应在 %1% 至 %2% 之间。</translation>
    </message>
    <message>
        <source>The record no longer exists; it may have been removed.</source>
        <translation>该记录已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>A value was refused by the store.</source>
        <translation>有一项数值未被数据库接受。</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a Saggar database.</source>
        <translation>数据库文件已损坏，或不是匣钵数据库。</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Saggar; update Saggar to open it.</source>
        <translation>该数据库由更新版本的匣钵写入；请升级匣钵后再打开。</translation>
    </message>
    <message>
        <source>Another program is using the database; close it and try again.</source>
        <translation>另一个程序正在使用该数据库；请关闭后重试。</translation>
    </message>
    <message>
        <source>The database file could not be read or written (disk or permissions).</source>
        <translation>无法读写数据库文件（磁盘或权限问题）。</translation>
    </message>
    <message>
        <source>There is no Saggar database in this folder.</source>
        <translation>该文件夹中没有匣钵数据库。</translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation>操作失败。</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>技术细节：%1</translation>
    </message>
    <message>
        <source>A (strong)</source>
        <translation>A（优）</translation>
    </message>
    <message>
        <source>B (good)</source>
        <translation>B（良）</translation>
    </message>
    <message>
        <source>C (acceptable)</source>
        <translation>C（可接受）</translation>
    </message>
    <message>
        <source>D (weak)</source>
        <translation>D（较弱）</translation>
    </message>
    <message>
        <source>E (outside appetite)</source>
        <translation>E（超出风险偏好）</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Start appraisal</source>
        <translation>开始评估</translation>
    </message>
    <message>
        <source>Complete appraisal</source>
        <translation>完成评估</translation>
    </message>
    <message>
        <source>Assess risk</source>
        <translation>风险评级</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审批通过</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>否决</translation>
    </message>
    <message>
        <source>Override decline</source>
        <translation>推翻自动拒绝</translation>
    </message>
    <message>
        <source>Return for rework</source>
        <translation>退回补充</translation>
    </message>
    <message>
        <source>Disburse</source>
        <translation>放款</translation>
    </message>
    <message>
        <source>Start monitoring</source>
        <translation>转入贷后监控</translation>
    </message>
    <message>
        <source>Mark repaid</source>
        <translation>登记结清</translation>
    </message>
    <message>
        <source>Declare default</source>
        <translation>认定违约</translation>
    </message>
    <message>
        <source>Start disposal</source>
        <translation>启动资产处置</translation>
    </message>
    <message>
        <source>Close file</source>
        <translation>关闭档案</translation>
    </message>
    <message>
        <source>Waived document</source>
        <translation>豁免材料</translation>
    </message>
    <message>
        <source>Loan-to-value above limit</source>
        <translation>抵押率超限</translation>
    </message>
    <message>
        <source>Automatic decline overridden</source>
        <translation>推翻自动拒绝</translation>
    </message>
    <message>
        <source>Condition waived</source>
        <translation>豁免条款</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借款人</translation>
    </message>
    <message>
        <source>Purpose of the loan</source>
        <translation>贷款用途</translation>
    </message>
    <message>
        <source>Source of repayment</source>
        <translation>还款来源</translation>
    </message>
    <message>
        <source>Collateral and valuation</source>
        <translation>抵押物及估值</translation>
    </message>
    <message>
        <source>Risks and mitigants</source>
        <translation>风险及缓释措施</translation>
    </message>
    <message>
        <source>Conditions and covenants</source>
        <translation>前提条件与承诺条款</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>审查意见</translation>
    </message>
    <message>
        <source>Condition precedent</source>
        <translation>前提条件</translation>
    </message>
    <message>
        <source>Covenant</source>
        <translation>承诺条款</translation>
    </message>
    <message>
        <source>Judged by a person</source>
        <translation>人工判断</translation>
    </message>
    <message>
        <source>Tracker online (% of time, at least)</source>
        <translation>定位终端在线率（%，不低于）</translation>
    </message>
    <message>
        <source>Kiln operating days per month (at least)</source>
        <translation>窑炉月运行天数（不少于）</translation>
    </message>
    <message>
        <source>Loan-to-value (%, at most)</source>
        <translation>抵押率（%，不高于）</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已满足</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>已违反</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>数据变更</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Credit memo</source>
        <translation>授信报告</translation>
    </message>
    <message>
        <source>Condition or covenant</source>
        <translation>前提条件或承诺条款</translation>
    </message>
    <message>
        <source>Policy exception</source>
        <translation>政策例外</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>人员指派</translation>
    </message>
    <message>
        <source>The chain is intact.</source>
        <translation>哈希链完整。</translation>
    </message>
    <message>
        <source>An entry was edited after it was written.</source>
        <translation>有记录在写入后被修改。</translation>
    </message>
    <message>
        <source>An entry is missing.</source>
        <translation>有记录缺失。</translation>
    </message>
    <message>
        <source>Entries are out of order.</source>
        <translation>记录顺序被打乱。</translation>
    </message>
    <message>
        <source>An entry does not link to the one before it.</source>
        <translation>有记录未与前一条记录衔接。</translation>
    </message>
    <message>
        <source>The last entry is not the one the file recorded.</source>
        <translation>最后一条记录与档案登记的不一致。</translation>
    </message>
    <message>
        <source>This cannot be done yet: a condition is not met, the value is already in use, or someone else changed the record first.</source>
        <translation>暂时无法完成：前提条件尚未满足、该值已被使用，或记录已被他人先行修改。</translation>
    </message>
    <message>
        <source>You may not do this: your role, the file&apos;s state or the rule that nobody checks their own work forbids it.</source>
        <translation>您无权执行此操作：角色、档案状态或“经办与审批分离”规则不允许。</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>From the server</source>
        <translation>来自服务器</translation>
    </message>
</context>
<context>
    <name>InspectionLines</name>
    <message>
        <source>Line %1: write the date, the work, who did it and “scheduled” or “repair”, separated by semicolons.</source>
        <translation>第 %1 行：请写日期、工作内容、由谁完成以及“计划保养”或“维修”，以分号分隔。</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a date; write it as 2026-10-12.</source>
        <translation>第 %1 行：“%2”不是日期，请按 2026-10-12 的格式填写。</translation>
    </message>
    <message>
        <source>Line %1: the work is dated after the inspection.</source>
        <translation>第 %1 行：该工作的日期晚于检查日期。</translation>
    </message>
    <message>
        <source>Line %1: say what work was done and who did it.</source>
        <translation>第 %1 行：请写明做了什么工作、由谁完成。</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>计划保养</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Line %1: the last part is “scheduled” (a planned service) or “repair”, not “%2”.</source>
        <translation>第 %1 行：最后一项应为“计划保养”或“维修”，而不是“%2”。</translation>
    </message>
    <message>
        <source>Line %1: write the part, what is wrong and a severity of 1, 2 or 3, separated by semicolons.</source>
        <translation>第 %1 行：请写部件、问题以及严重程度 1、2 或 3，以分号分隔。</translation>
    </message>
    <message>
        <source>Line %1: name the part and say what is wrong with it.</source>
        <translation>第 %1 行：请写明部件名称及其问题。</translation>
    </message>
    <message>
        <source>Line %1: the severity is 1 (cosmetic), 2 (needs repair) or 3 (stops use), not “%2”.</source>
        <translation>第 %1 行：严重程度应为 1（外观）、2（需维修）或 3（无法使用），而不是“%2”。</translation>
    </message>
    <message>
        <source>Line %1 does not start with a photo&apos;s SHA-256; remove the photos and add them again.</source>
        <translation>第 %1 行不是以照片的 SHA-256 开头；请移除照片后重新添加。</translation>
    </message>
</context>
<context>
    <name>MemoDocument</name>
    <message>
        <source>Credit memo</source>
        <translation>授信报告</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1, written by %2 on %3.</source>
        <translation>第 %1 版，%2 撰写于 %3。</translation>
    </message>
    <message>
        <source>This is the approved version; it is frozen.</source>
        <translation>此为审批通过的版本，已冻结。</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>PhraseText</name>
    <message>
        <source>Submission is blocked: %1.</source>
        <translation>无法提交：%1。</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>缺少%1</translation>
    </message>
    <message>
        <source>the credit memo is not written</source>
        <translation>授信报告尚未撰写</translation>
    </message>
    <message>
        <source>the credit memo has empty sections: %1</source>
        <translation>授信报告以下部分为空：%1</translation>
    </message>
    <message>
        <source>no truck or kiln is pledged to the file</source>
        <translation>档案尚未登记任何抵押货车或窑炉</translation>
    </message>
    <message>
        <source>No truck or kiln is pledged to the file, so there is nothing to appraise; return the file for rework.</source>
        <translation>档案没有抵押货车或窑炉，无可评估；请退回补充。</translation>
    </message>
    <message>
        <source>The appraisal is not complete: enter the appraised value of %1.</source>
        <translation>评估尚未完成：请录入%1的评估价值。</translation>
    </message>
    <message>
        <source>Disbursement is blocked: these conditions precedent are not met or waived: %1.</source>
        <translation>无法放款：以下前提条件尚未满足或豁免：%1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>“%1”（%2）</translation>
    </message>
    <message>
        <source>Choose a risk grade (A to E).</source>
        <translation>请选择风险评级（A 至 E）。</translation>
    </message>
    <message>
        <source>Explain the risk grade in at least %1 characters.</source>
        <translation>请说明评级理由，至少 %1 个字。</translation>
    </message>
    <message>
        <source>The file has no risk assessment; it must be assessed before approval.</source>
        <translation>档案尚无风险评估，须先评级才能审批。</translation>
    </message>
    <message>
        <source>The file has no credit memo to approve; return it for rework.</source>
        <translation>档案没有可审批的授信报告；请退回补充。</translation>
    </message>
    <message>
        <source>The collateral has no appraised value, so the loan-to-value ratio is unknown; return the file to the appraiser.</source>
        <translation>抵押物尚无评估价值，无法计算抵押率；请退回评估师。</translation>
    </message>
    <message>
        <source>The loan is %1 of the appraised collateral, above the %2 limit: approving it is a policy exception. Write a justification of at least %3 characters.</source>
        <translation>贷款为抵押物评估价值的 %1，超过 %2 的上限：批准属于政策例外。请填写至少 %3 个字的理由。</translation>
    </message>
    <message>
        <source>Write why you %1, in at least %2 characters.</source>
        <translation>请说明为何要%1，至少 %2 个字。</translation>
    </message>
    <message>
        <source>You prepared this file, so you cannot approve it; another manager must.</source>
        <translation>此档案由您经办，您不能审批；须由另一位审批经理审批。</translation>
    </message>
    <message>
        <source>You wrote the credit memo of this file, so you cannot approve it; another manager must.</source>
        <translation>此档案的授信报告由您撰写，您不能审批；须由另一位审批经理审批。</translation>
    </message>
    <message>
        <source>You entered the appraised value of %1, so you cannot approve it; another manager must.</source>
        <translation>%1的评估价值由您录入，您不能审批；须由另一位审批经理审批。</translation>
    </message>
    <message>
        <source>You have already approved this file in this round; the other approval must come from a different manager.</source>
        <translation>您已在本轮审批过此档案；另一份审批须由其他审批经理作出。</translation>
    </message>
    <message>
        <source>You cannot %1 while the file is in %2; that is done from %3.</source>
        <translation>档案处于“%2”状态时不能%1；该操作须在以下状态进行：%3。</translation>
    </message>
    <message>
        <source>Only %1 can %2.</source>
        <translation>只有%1可以%2。</translation>
    </message>
    <message>
        <source>Only the file&apos;s preparer (%1) or a manager can submit the file.</source>
        <translation>只有档案经办人（%1）或审批经理可以提交档案。</translation>
    </message>
    <message>
        <source>Only the file&apos;s appraiser (%1) can complete the appraisal.</source>
        <translation>只有档案的评估师（%1）可以完成评估。</translation>
    </message>
    <message>
        <source>The appraisal is complete, so only a manager can return the file for rework now.</source>
        <translation>评估已完成，现在只有审批经理可以退回档案补充。</translation>
    </message>
    <message>
        <source>Only an analyst or a manager can change the documents.</source>
        <translation>只有信贷分析师或审批经理可以修改材料。</translation>
    </message>
    <message>
        <source>Only an analyst or a manager can change conditions and covenants.</source>
        <translation>只有信贷分析师或审批经理可以修改前提条件和承诺条款。</translation>
    </message>
    <message>
        <source>Mark the %1 received before verifying it.</source>
        <translation>请先将%1标记为已收到，再进行核实。</translation>
    </message>
    <message>
        <source>The %1 is %2; mark it missing first if it has to be collected again.</source>
        <translation>%1当前为“%2”；如需重新收取，请先标记为缺失。</translation>
    </message>
    <message>
        <source>Describe the condition or covenant.</source>
        <translation>请填写条款内容。</translation>
    </message>
    <message>
        <source>Keep the description and the note to at most %1 characters each.</source>
        <translation>条款内容和备注各不超过 %1 个字。</translation>
    </message>
    <message>
        <source>The threshold must be a number.</source>
        <translation>阈值必须是数字。</translation>
    </message>
    <message>
        <source>The threshold of tracker uptime (percent) must be above 0 and at most %1.</source>
        <translation>定位终端在线率（%）阈值须大于 0 且不超过 %1。</translation>
    </message>
    <message>
        <source>The threshold of kiln operating days per month must be above 0 and at most %1.</source>
        <translation>窑炉月运行天数阈值须大于 0 且不超过 %1。</translation>
    </message>
    <message>
        <source>The threshold of loan-to-value (percent) must be above 0 and at most %1.</source>
        <translation>抵押率（%）阈值须大于 0 且不超过 %1。</translation>
    </message>
    <message>
        <source>Conditions precedent are settled before disbursement; this file is in %1, so their status can no longer change.</source>
        <translation>前提条件须在放款前落实；档案现处于“%1”状态，其状态不能再更改。</translation>
    </message>
    <message>
        <source>A covenant&apos;s status is followed after disbursement; it stays pending until the loan is disbursed.</source>
        <translation>承诺条款在放款后跟踪；放款前保持待定。</translation>
    </message>
    <message>
        <source>Documents can change only while the file is prepared or decided; this file is in %1.</source>
        <translation>只有在档案准备或决策期间才能修改材料；档案现处于“%1”状态。</translation>
    </message>
    <message>
        <source>Only a manager can waive the %1: a waiver is a policy exception.</source>
        <translation>只有审批经理可以豁免%1：豁免属于政策例外。</translation>
    </message>
    <message>
        <source>The %1 is already waived.</source>
        <translation>%1已被豁免。</translation>
    </message>
    <message>
        <source>Write why the %1 can be waived, in at least %2 characters.</source>
        <translation>请说明%1可以豁免的理由，至少 %2 个字。</translation>
    </message>
    <message>
        <source>The %1 is already %2; nothing to change.</source>
        <translation>%1已是“%2”，无需更改。</translation>
    </message>
    <message>
        <source>The credit memo can be written only while the file is a draft; this file is in %1. A manager can return it for rework.</source>
        <translation>授信报告只能在档案为草稿时撰写；档案现处于“%1”状态。审批经理可将其退回补充。</translation>
    </message>
    <message>
        <source>Only the file&apos;s preparer (%1) or a manager can write the credit memo.</source>
        <translation>只有档案经办人（%1）或审批经理可以撰写授信报告。</translation>
    </message>
    <message>
        <source>The credit memo has %1 sections; this one has %2.</source>
        <translation>授信报告应有 %1 个部分；此报告有 %2 个。</translation>
    </message>
    <message>
        <source>The %1 section is too long: at most %2 characters.</source>
        <translation>“%1”部分过长：最多 %2 个字。</translation>
    </message>
    <message>
        <source>Conditions and covenants cannot change while the file is in %1.</source>
        <translation>档案处于“%1”状态时不能修改前提条件和承诺条款。</translation>
    </message>
    <message>
        <source>Nothing to save: the condition is unchanged.</source>
        <translation>无需保存：条款没有变化。</translation>
    </message>
    <message>
        <source>Conditions and covenants are fixed once the loan is disbursed; only their status and note can be updated.</source>
        <translation>放款后前提条件和承诺条款即固定，只能更新其状态和备注。</translation>
    </message>
    <message>
        <source>Only a manager can waive a condition: a waiver is a policy exception.</source>
        <translation>只有审批经理可以豁免条款：豁免属于政策例外。</translation>
    </message>
    <message>
        <source>Write why &quot;%1&quot; can be waived, in at least %2 characters.</source>
        <translation>请说明“%1”可以豁免的理由，至少 %2 个字。</translation>
    </message>
    <message>
        <source>Appraised values are entered during the appraisal; this file is in %1.</source>
        <translation>评估价值只能在评估阶段录入；档案现处于“%1”状态。</translation>
    </message>
    <message>
        <source>Only the file&apos;s appraiser (%1) can enter appraised values.</source>
        <translation>只有档案的评估师（%1）可以录入评估价值。</translation>
    </message>
    <message>
        <source>The appraised value of %1 must be more than ¥0.</source>
        <translation>%1的评估价值必须大于 ¥0。</translation>
    </message>
    <message>
        <source>The appraised value of %1 (%2) is more than %3 times its purchase price (%4); check the figure.</source>
        <translation>%1的评估价值（%2）超过其购置价（%4）的 %3 倍；请核对数字。</translation>
    </message>
    <message>
        <source>The loan amount must be positive before it can be approved.</source>
        <translation>贷款金额必须大于零才能审批。</translation>
    </message>
    <message>
        <source>Beyond delegated authority: no approval limit covers %1 at grade %2. Ask for the authority table to be extended.</source>
        <translation>超出授权：没有审批权限覆盖金额 %1、评级 %2 的贷款。请申请扩充授权表。</translation>
    </message>
    <message>
        <source>submit the file</source>
        <translation>提交档案</translation>
    </message>
    <message>
        <source>start the appraisal</source>
        <translation>开始评估</translation>
    </message>
    <message>
        <source>complete the appraisal</source>
        <translation>完成评估</translation>
    </message>
    <message>
        <source>assess the risk</source>
        <translation>进行风险评级</translation>
    </message>
    <message>
        <source>approve the file</source>
        <translation>批准该档案</translation>
    </message>
    <message>
        <source>reject the file</source>
        <translation>否决该档案</translation>
    </message>
    <message>
        <source>override the decline</source>
        <translation>推翻自动拒绝</translation>
    </message>
    <message>
        <source>return the file for rework</source>
        <translation>退回档案补充</translation>
    </message>
    <message>
        <source>disburse the loan</source>
        <translation>放款</translation>
    </message>
    <message>
        <source>start monitoring</source>
        <translation>转入贷后监控</translation>
    </message>
    <message>
        <source>record the repayment</source>
        <translation>登记结清</translation>
    </message>
    <message>
        <source>declare a default</source>
        <translation>认定违约</translation>
    </message>
    <message>
        <source>start the disposal</source>
        <translation>启动资产处置</translation>
    </message>
    <message>
        <source>close the file</source>
        <translation>关闭档案</translation>
    </message>
    <message>
        <source>truck %1</source>
        <translation>货车 %1</translation>
    </message>
    <message>
        <source>kiln #%1 (%2)</source>
        <translation>窑炉 #%1（%2）</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>RiskText</name>
    <message>
        <source>Loan-to-value</source>
        <translation>抵押率</translation>
    </message>
    <message>
        <source>Liabilities to assets</source>
        <translation>资产负债率</translation>
    </message>
    <message>
        <source>Net profit margin</source>
        <translation>净利润率</translation>
    </message>
    <message>
        <source>Loan to annual revenue</source>
        <translation>贷款占年营业收入比</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Kiln operating days a month</source>
        <translation>窑炉月运行天数</translation>
    </message>
    <message>
        <source>Truck activity trend</source>
        <translation>货车活跃度趋势</translation>
    </message>
    <message>
        <source>Worst arrears in 24 months</source>
        <translation>24个月内最长逾期</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>细分行业</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>产业集群</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is %2: %n point(s) short of the best</source>
        <translation>
            <numerusform>%1为%2：比最佳档少 %n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>Business licence expired</source>
        <translation>营业执照已过期</translation>
    </message>
    <message>
        <source>Loan-to-value over the limit</source>
        <translation>抵押率超限</translation>
    </message>
    <message>
        <source>Enterprise on the blacklist</source>
        <translation>企业在黑名单上</translation>
    </message>
    <message>
        <source>Negative equity</source>
        <translation>净资产为负</translation>
    </message>
    <message>
        <source>%1: declined whatever the score</source>
        <translation>%1：无论评分高低均拒绝</translation>
    </message>
    <message>
        <source>%1: no automatic approval</source>
        <translation>%1：不自动批准</translation>
    </message>
    <message>
        <source>automatic approval</source>
        <translation>自动批准</translation>
    </message>
    <message>
        <source>manual review</source>
        <translation>人工审核</translation>
    </message>
    <message>
        <source>automatic decline</source>
        <translation>自动拒绝</translation>
    </message>
</context>
<context>
    <name>TelemetryText</name>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>车速</translation>
    </message>
    <message>
        <source>Odometer</source>
        <translation>里程表</translation>
    </message>
    <message>
        <source>Fuel level</source>
        <translation>油位</translation>
    </message>
    <message>
        <source>Engine hours</source>
        <translation>发动机工作小时</translation>
    </message>
    <message>
        <source>Ignition</source>
        <translation>点火</translation>
    </message>
    <message>
        <source>Zone 1 (preheat)</source>
        <translation>1 区（预热）</translation>
    </message>
    <message>
        <source>Zone 2 (preheat)</source>
        <translation>2 区（预热）</translation>
    </message>
    <message>
        <source>Zone 3 (firing)</source>
        <translation>3 区（烧成）</translation>
    </message>
    <message>
        <source>Zone 4 (firing)</source>
        <translation>4 区（烧成）</translation>
    </message>
    <message>
        <source>Zone 5 (cooling)</source>
        <translation>5 区（冷却）</translation>
    </message>
    <message>
        <source>Zone 6 (cooling)</source>
        <translation>6 区（冷却）</translation>
    </message>
    <message>
        <source>Firing cycles</source>
        <translation>烧成次数</translation>
    </message>
    <message>
        <source>Gas meter</source>
        <translation>燃气表</translation>
    </message>
    <message>
        <source>Electricity meter</source>
        <translation>电表</translation>
    </message>
    <message>
        <source>Output (area)</source>
        <translation>产量（面积）</translation>
    </message>
    <message>
        <source>Output (pieces)</source>
        <translation>产量（件数）</translation>
    </message>
    <message>
        <source>pieces</source>
        <translation>件</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>格式错误</translation>
    </message>
    <message>
        <source>unknown asset</source>
        <translation>未知资产</translation>
    </message>
    <message>
        <source>unknown channel</source>
        <translation>未知通道</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>超出范围</translation>
    </message>
    <message>
        <source>time in the future</source>
        <translation>时间在未来</translation>
    </message>
    <message>
        <source>counter went back</source>
        <translation>计数器倒退</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
</context>
<context>
    <name>ValuationReport</name>
    <message>
        <source>Valued on %1 by %2 with library %3 and model %4.</source>
        <translation>%1 由 %2 估值，使用参数库 %3 和模型 %4。</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Truck</source>
        <translation>货车</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>车架号（VIN）</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Year built</source>
        <translation>出厂年份</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>燃料</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>Sensor gateway</source>
        <translation>传感器网关</translation>
    </message>
    <message>
        <source>Year installed</source>
        <translation>安装年份</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Pledged to loan file</source>
        <translation>抵押所属贷款档案</translation>
    </message>
    <message>
        <source>not pledged</source>
        <translation>未抵押</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Library type</source>
        <translation>参数库类型</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>现场勘查</translation>
    </message>
    <message>
        <source>This valuation read no inspection: no signed inspection of the asset existed when it was made.</source>
        <translation>本次估值未读取勘查记录：估值时该资产尚无已签署的勘查。</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>#%1 on %2 by %3</source>
        <translation>#%1，%2，勘查人 %3</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Condition grades</source>
        <translation>成新等级</translation>
    </message>
    <message>
        <source>overall %1, structure %2, mechanism %3</source>
        <translation>整体 %1，结构 %2，机构 %3</translation>
    </message>
    <message>
        <source>Surface or glaze wear</source>
        <translation>表面或釉面磨损</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>维护保养</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled service(s) due, compliance %1</source>
        <translation>
            <numerusform>应做定期保养 %n 次，执行率 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Defects</source>
        <translation>缺陷</translation>
    </message>
    <message>
        <source>%1 cosmetic, %2 needing repair, %3 stopping use</source>
        <translation>外观 %1 项，需维修 %2 项，停用 %3 项</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>定期保养</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Maintenance records</source>
        <translation>维护保养记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>工作内容</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>执行方</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Severity (1–3)</source>
        <translation>严重程度（1–3）</translation>
    </message>
    <message>
        <source>(not signed)</source>
        <translation>（未签署）</translation>
    </message>
    <message>
        <source>Signed by the appraiser:</source>
        <translation>评估师签署：</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) recorded with the inspection.</source>
        <translation>
            <numerusform>勘查记录附照片 %n 张。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them could not be read from the workspace&apos;s attachments.</source>
        <translation>
            <numerusform>其中 %n 张无法从工作区附件中读取。</numerusform>
        </translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Telemetry %1 – %2</source>
        <translation>遥测 %1 – %2</translation>
    </message>
    <message>
        <source>Coverage is the share of the expected readings that were there (records and inspections count in full). The model treats a missing indicator as missing.</source>
        <translation>覆盖率为实际读数占应有读数的比例（台账和勘查记录按完整计）。模型将缺失的指标按缺失处理。</translation>
    </message>
    <message>
        <source>Telemetry, last 30 days</source>
        <translation>遥测数据（近 30 天）</translation>
    </message>
    <message>
        <source>Telemetry is not available in this workspace.</source>
        <translation>本工作区没有遥测数据。</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>自 %1 至 %2。</translation>
    </message>
    <message>
        <source>%1: no readings in these 30 days.</source>
        <translation>%1：这 30 天内没有读数。</translation>
    </message>
    <message>
        <source>No readings of this asset in these 30 days.</source>
        <translation>这 30 天内该资产没有读数。</translation>
    </message>
    <message>
        <source>Comparable sales</source>
        <translation>可比成交</translation>
    </message>
    <message>
        <source>No comparable sales recorded.</source>
        <translation>尚无可比成交记录。</translation>
    </message>
    <message>
        <source>outside sale</source>
        <translation>外部成交</translation>
    </message>
    <message>
        <source>bank&apos;s asset</source>
        <translation>本行资产</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>成交日期</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>成交价</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>使用量</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>Model and library</source>
        <translation>模型与参数库</translation>
    </message>
    <message>
        <source>Parameter library</source>
        <translation>参数库</translation>
    </message>
    <message>
        <source>%1 (effective %2)</source>
        <translation>%1（%2 起生效）</translation>
    </message>
    <message>
        <source>Price model</source>
        <translation>价格模型</translation>
    </message>
    <message>
        <source>Model&apos;s role</source>
        <translation>模型角色</translation>
    </message>
    <message>
        <source>champion</source>
        <translation>冠军模型</translation>
    </message>
    <message>
        <source>challenger</source>
        <translation>挑战者模型</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>%1 on data %2</source>
        <translation>%1，训练数据 %2</translation>
    </message>
    <message>
        <source>Reproducibility and signature</source>
        <translation>可复现性与签署</translation>
    </message>
    <message>
        <source>Valuation #%1 was made on %2 by %3. It is reproducible from its recorded inputs (library type %4, region, market index and the twelve indicator values) with library %5 and model %6, both kept in the workspace.</source>
        <translation>估值 #%1 由 %3 于 %2 做出。依据其记录的输入（参数库类型 %4、地区、市场指数和十二项指标值），使用工作区中保存的参数库 %5 和模型 %6，可以复现该估值。</translation>
    </message>
    <message>
        <source>no inspection</source>
        <translation>无勘查</translation>
    </message>
    <message>
        <source>%1 (not signed)</source>
        <translation>%1（未签署）</translation>
    </message>
    <message>
        <source>Appraiser&apos;s signature:</source>
        <translation>评估师签名：</translation>
    </message>
    <message>
        <source>Printed:</source>
        <translation>打印时间：</translation>
    </message>
    <message>
        <source>Valuation report #%1</source>
        <translation>估值报告 #%1</translation>
    </message>
</context>
<context>
    <name>ValuationText</name>
    <message>
        <source>Age</source>
        <translation>机龄</translation>
    </message>
    <message>
        <source>Odometer or hours in use</source>
        <translation>里程或使用小时数</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Fuel or energy use against the norm</source>
        <translation>油耗或能耗相对定额</translation>
    </message>
    <message>
        <source>Harsh events</source>
        <translation>急刹与超速事件</translation>
    </message>
    <message>
        <source>Idle ratio</source>
        <translation>怠速比例</translation>
    </message>
    <message>
        <source>Surface or glaze wear</source>
        <translation>表面或釉面磨损</translation>
    </message>
    <message>
        <source>Maintenance compliance</source>
        <translation>保养执行率</translation>
    </message>
    <message>
        <source>Firing cycles</source>
        <translation>烧成周期</translation>
    </message>
    <message>
        <source>Temperature stability at peak</source>
        <translation>峰值温度稳定性</translation>
    </message>
    <message>
        <source>Operating days a month</source>
        <translation>每月运行天数</translation>
    </message>
    <message>
        <source>Time inside the permitted region</source>
        <translation>在允许区域内的时间</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>%1 × the norm</source>
        <translation>定额的 %1 倍</translation>
    </message>
    <message>
        <source>%1 per 1,000 km</source>
        <translation>每千公里 %1 次</translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation>每年 %1</translation>
    </message>
    <message>
        <source>± %1 °C</source>
        <translation>± %1 °C</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Asset record</source>
        <translation>资产档案</translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation>遥测</translation>
    </message>
    <message>
        <source>Inspection #%1</source>
        <translation>检查 #%1</translation>
    </message>
    <message>
        <source>Not applicable to this asset</source>
        <translation>不适用于该资产</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>First auction</source>
        <translation>第一次拍卖</translation>
    </message>
    <message>
        <source>Second auction</source>
        <translation>第二次拍卖</translation>
    </message>
    <message>
        <source>Sale period (变卖)</source>
        <translation>变卖期</translation>
    </message>
    <message>
        <source>Readings %1 – %2</source>
        <translation>原始读数 %1 – %2</translation>
    </message>
    <message>
        <source>Hourly rollups %1 – %2</source>
        <translation>小时汇总 %1 – %2</translation>
    </message>
    <message>
        <source>Hourly rollups %1 – %2, readings %3 – %4</source>
        <translation>小时汇总 %1 – %2，原始读数 %3 – %4</translation>
    </message>
    <message>
        <source>No telemetry received</source>
        <translation>未收到遥测数据</translation>
    </message>
    <message>
        <source>Needs readings; only hourly rollups kept</source>
        <translation>需要原始读数；仅保留了小时汇总</translation>
    </message>
    <message>
        <source>Telemetry was not read for this valuation.</source>
        <translation>本次估值未读取遥测数据。</translation>
    </message>
    <message>
        <source>No telemetry has been received from this asset for %1 – %2: its telemetry indicators are missing, and the model treats them as missing.</source>
        <translation>%1 – %2 期间未收到该资产的遥测数据：其遥测指标缺失，模型按缺失处理。</translation>
    </message>
    <message>
        <source>Telemetry read for %1 – %2, all of it as readings.</source>
        <translation>已读取 %1 – %2 的遥测数据，全部为原始读数。</translation>
    </message>
    <message>
        <source>Telemetry read for %1 – %2, all of it as hourly rollups (the readings are no longer kept): harsh events, idle ratio and the temperature spread at peak need readings and are missing.</source>
        <translation>已读取 %1 – %2 的遥测数据，全部为小时汇总（原始读数已不再保留）：急刹超速事件、怠速比例和峰值温度波动需要原始读数，因此缺失。</translation>
    </message>
    <message>
        <source>Telemetry read for %1 – %2: readings from %3, hourly rollups before (older history is kept as hourly summaries). Harsh events, idle ratio and the temperature spread at peak count readings, so they cover %3 – %2 only.</source>
        <translation>已读取 %1 – %2 的遥测数据：自 %3 起为原始读数，此前为小时汇总（较早的历史以小时汇总保存）。急刹超速事件、怠速比例和峰值温度波动按原始读数计算，因此只覆盖 %3 – %2。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Underwriting workstation for loans secured by trucks and kilns</source>
        <translation>以货车和窑炉为抵押的信贷审批工作站</translation>
    </message>
    <message>
        <source>Workspace folder (default: %1).</source>
        <translation>工作区文件夹（默认：%1）。</translation>
    </message>
    <message>
        <source>Screen language: en or zh_CN.</source>
        <translation>界面语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>The workspace %1 could not be opened.

%2</source>
        <translation>无法打开工作区 %1。

%2</translation>
    </message>
    <message>
        <source>To create the demo workspace, run:
  saggarctl demo create --workspace &quot;%1&quot;</source>
        <translation>如需创建演示工作区，请运行：
  saggarctl demo create --workspace &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The file has not been changed. Keep it for your administrator.</source>
        <translation>该文件未被改动。请保留并交给系统管理员。</translation>
    </message>
    <message>
        <source>Workspace not opened</source>
        <translation>工作区未打开</translation>
    </message>
    <message>
        <source>Bank server to sync with, host:port (kept as the Settings value).</source>
        <translation>要同步的银行服务器，主机:端口（保存为设置中的值）。</translation>
    </message>
</context>
<context>
    <name>saggar::LtvChart</name>
    <message>
        <source>Loan-to-value (%)</source>
        <translation>抵押率（%）</translation>
    </message>
    <message>
        <source>LTV</source>
        <translation>抵押率</translation>
    </message>
    <message>
        <source>Above the limit</source>
        <translation>超出上限</translation>
    </message>
    <message>
        <source>limit %1 %</source>
        <translation>上限 %1 %</translation>
    </message>
    <message>
        <source>LTV %1 %</source>
        <translation>抵押率 %1 %</translation>
    </message>
    <message>
        <source>Above the %1 % limit</source>
        <translation>超出 %1 % 上限</translation>
    </message>
    <message>
        <source>Outstanding %1</source>
        <translation>未偿余额 %1</translation>
    </message>
    <message>
        <source>Collateral %1 (%2 of %3 assets valued)</source>
        <translation>押品价值 %1（%3 项资产中已估值 %2 项）</translation>
    </message>
</context>
<context>
    <name>saggar::TelemetryChart</name>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>时间范围：</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>saggar::TruckTrackPlot</name>
    <message>
        <source>Longitude (°E)</source>
        <translation>经度（°E）</translation>
    </message>
    <message>
        <source>Latitude (°N)</source>
        <translation>纬度（°N）</translation>
    </message>
    <message>
        <source>Geofence (%1 km)</source>
        <translation>电子围栏（%1 公里）</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>行驶轨迹</translation>
    </message>
    <message>
        <source>Outside the fence</source>
        <translation>围栏外</translation>
    </message>
</context>
<context>
    <name>saggar::ui::ActionBar</name>
    <message>
        <source>Actions:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <source>Nothing for you to do on this file in its present state.</source>
        <translation>该档案当前状态下没有需要您处理的操作。</translation>
    </message>
    <message>
        <source>Choose the risk grade and explain it. Grades A and B are approved automatically (still confirmed by a manager), C and D go to manual review, E is declined.</source>
        <translation>请选择风险评级并说明理由。A、B 级自动通过（仍需审批经理确认），C、D 级转人工复核，E 级自动拒绝。</translation>
    </message>
    <message>
        <source>You approve on credit memo version %1.</source>
        <translation>您将基于第 %1 版授信报告审批。</translation>
    </message>
    <message>
        <source>A comment for the file is optional.</source>
        <translation>审批意见可选填。</translation>
    </message>
    <message>
        <source>The loan is %1 % of the appraised collateral, above the %2 % limit: approving it is a policy exception. Write your justification.</source>
        <translation>贷款金额为抵押物评估价值的 %1%，超过 %2% 的上限：批准属于政策例外，请填写理由。</translation>
    </message>
    <message>
        <source>Write why the file is rejected; the analyst and the record will read it.</source>
        <translation>请写明否决理由；信贷分析师和审计轨迹都会记录。</translation>
    </message>
    <message>
        <source>Overriding an automatic decline is a policy exception. Write your justification; the file goes to manual review.</source>
        <translation>推翻自动拒绝属于政策例外。请填写理由；档案将转入人工复核。</translation>
    </message>
    <message>
        <source>Write what has to be reworked; the file goes back to its preparer as a draft and a new decision round starts.</source>
        <translation>请写明需要补充的内容；档案将作为草稿退回经办人，并开始新一轮审批。</translation>
    </message>
    <message>
        <source>Write why the borrower is in default.</source>
        <translation>请写明认定借款人违约的理由。</translation>
    </message>
    <message>
        <source>Write why.</source>
        <translation>请写明理由。</translation>
    </message>
    <message>
        <source>%1: loan file %2, now %3. Go ahead?</source>
        <translation>%1：贷款档案 %2，当前为“%3”。确定继续吗？</translation>
    </message>
    <message>
        <source>Score loan file %1 with the application model %2? The policy rules and the score bands then route it to automatic approval, manual review or automatic decline.</source>
        <translation>用申请评分模型 %2 为贷款档案 %1 评分？随后由政策规则和评分区间将其转入自动批准、人工审核或自动拒绝。</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>删除草稿…</translation>
    </message>
    <message>
        <source>Deletes this draft. It is kept as a record, leaves the lists and is deleted on the bank&apos;s server at the next synchronisation.</source>
        <translation>删除此草稿。草稿作为记录保留，从列表中移除，并在下次同步时在银行服务器上删除。</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>删除草稿</translation>
    </message>
    <message>
        <source>Delete the draft loan file %1 (%2)? It leaves the lists on this workstation and is deleted on the bank&apos;s server at the next synchronisation. If someone changed it on the server meanwhile, the delete is refused and shown in File &gt; Sync queue.</source>
        <translation>删除贷款档案草稿 %1（%2）？它将从本工作站的列表中移除，并在下次同步时在银行服务器上删除。如果在此期间有人在服务器上修改了它，删除将被拒绝，并显示在“文件 &gt; 同步队列”中。</translation>
    </message>
</context>
<context>
    <name>saggar::ui::AlertAssignDialog</name>
    <message>
        <source>Assign the alert</source>
        <translation>指派预警</translation>
    </message>
    <message>
        <source>Who follows this alert up? They see it in their queue and may resolve it.</source>
        <translation>由谁跟进此预警？被指派人会在其队列中看到并可以解决它。</translation>
    </message>
    <message>
        <source>Choose a person…</source>
        <translation>选择人员…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>指派给</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>指派</translation>
    </message>
</context>
<context>
    <name>saggar::ui::AlertQueuePage</name>
    <message>
        <source>Show resolved</source>
        <translation>显示已解决</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Early warnings from the telemetry of pledged trucks and kilns and from loan-to-value. Answer each within 30 minutes — acknowledge it or assign it — or it is escalated.</source>
        <translation>来自抵押卡车和窑炉遥测数据以及抵押率的预警。请在 30 分钟内响应每条预警（确认或指派），否则将自动升级。</translation>
    </message>
    <message>
        <source>Early warnings on the loan files you prepared. Answer each within 30 minutes or it is escalated to the managers.</source>
        <translation>您经办的贷款档案的预警。请在 30 分钟内响应每条预警，否则将升级给经理。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Response clock</source>
        <translation>响应倒计时</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>指派给</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>指派…</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>解决…</translation>
    </message>
    <message>
        <source>Open loan file</source>
        <translation>打开贷款档案</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>读数</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>The alerts could not be listed: %1</source>
        <translation>无法列出预警：%1</translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation>没有预警。</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) not yet resolved.</source>
        <translation>
            <numerusform>%n 条预警尚未解决。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2，%3</translation>
    </message>
    <message numerus="yes">
        <source>%n new high-severity alert(s)</source>
        <translation>
            <numerusform>%n 条新的高严重度预警</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n high-severity alert(s) waiting</source>
        <translation>
            <numerusform>%n 条高严重度预警待处理</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an alert to see its evidence.</source>
        <translation>选择一条预警以查看其证据。</translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation>处理结果：%1</translation>
    </message>
    <message>
        <source>Truck #%1</source>
        <translation>卡车 #%1</translation>
    </message>
    <message>
        <source>Kiln #%1</source>
        <translation>窑炉 #%1</translation>
    </message>
    <message>
        <source>Resolve the alert</source>
        <translation>解决预警</translation>
    </message>
    <message>
        <source>What did you find, and what was done? The note is kept with the alert and in the file&apos;s history.</source>
        <translation>发现了什么，采取了哪些措施？说明将与预警一起保存，并记入档案历史。</translation>
    </message>
</context>
<context>
    <name>saggar::ui::AssetDialog</name>
    <message>
        <source>Add a truck to %1</source>
        <translation>为 %1 添加货车</translation>
    </message>
    <message>
        <source>Add a kiln to %1</source>
        <translation>为 %1 添加窑炉</translation>
    </message>
    <message>
        <source>e.g. 粤E12345</source>
        <translation>例如 粤E12345</translation>
    </message>
    <message>
        <source>17 characters</source>
        <translation>17 位字符</translation>
    </message>
    <message>
        <source>yuan, e.g. 385000 or 38.5万</source>
        <translation>单位元，例如 385000 或 38.5万</translation>
    </message>
    <message>
        <source>e.g. TRK-0A1B2C3D</source>
        <translation>例如 TRK-0A1B2C3D</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source> m</source>
        <translation> 米</translation>
    </message>
    <message>
        <source>Capacity unit</source>
        <translation>产能单位</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>燃料</translation>
    </message>
    <message>
        <source>yuan, e.g. 12000000 or 1,200万</source>
        <translation>单位元，例如 12000000 或 1,200万</translation>
    </message>
    <message>
        <source>e.g. GW-0A1B2C3D</source>
        <translation>例如 GW-0A1B2C3D</translation>
    </message>
    <message>
        <source>Truck not added</source>
        <translation>货车未添加</translation>
    </message>
    <message>
        <source>Kiln not added</source>
        <translation>窑炉未添加</translation>
    </message>
</context>
<context>
    <name>saggar::ui::AssetTelemetryPanel</name>
    <message>
        <source>Channels</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>Follow new readings: looks for them every few seconds</source>
        <translation>跟随新读数：每隔几秒查看一次</translation>
    </message>
    <message>
        <source>Track and geofence</source>
        <translation>轨迹与电子围栏</translation>
    </message>
    <message>
        <source>Summary for the range</source>
        <translation>所选时段汇总</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>数据质量</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>Longest gap</source>
        <translation>最长中断</translation>
    </message>
    <message>
        <source>Refused readings</source>
        <translation>拒收读数</translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation>遥测</translation>
    </message>
    <message>
        <source>Telemetry is not available in this window.</source>
        <translation>此窗口中没有遥测数据。</translation>
    </message>
    <message>
        <source>Select a truck or a kiln above to see its telemetry.</source>
        <translation>在上方选择一辆货车或一座窑炉，即可查看其遥测数据。</translation>
    </message>
    <message>
        <source>Telemetry: %1</source>
        <translation>遥测：%1</translation>
    </message>
    <message>
        <source>Reading telemetry…</source>
        <translation>正在读取遥测数据…</translation>
    </message>
    <message>
        <source>The telemetry could not be read: %1</source>
        <translation>无法读取遥测数据：%1</translation>
    </message>
    <message>
        <source>No telemetry has been received from this truck&apos;s tracker yet.</source>
        <translation>尚未收到这辆货车定位终端的任何遥测数据。</translation>
    </message>
    <message>
        <source>No telemetry has been received from this kiln&apos;s sensor gateway yet.</source>
        <translation>尚未收到这座窑炉传感器网关的任何遥测数据。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Figures not read: %1</source>
        <translation>未能读取数据：%1</translation>
    </message>
    <message>
        <source>Live, newest reading %1</source>
        <translation>实时，最新读数 %1</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>行驶里程</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>Engine hours</source>
        <translation>发动机工作小时</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Fuel per 100 km</source>
        <translation>百公里油耗</translation>
    </message>
    <message>
        <source>%1 % of the tank</source>
        <translation>油箱的 %1%</translation>
    </message>
    <message>
        <source>Firing cycles</source>
        <translation>烧成次数</translation>
    </message>
    <message>
        <source>Hours at temperature</source>
        <translation>烧成温度小时数</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <source>Energy per cycle</source>
        <translation>每次烧成能耗</translation>
    </message>
    <message>
        <source>— (no completed cycle)</source>
        <translation>—（没有完成的烧成）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 %, %n gap(s)</source>
        <translation>
            <numerusform>%1：%2%，%n 处中断</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Readings the device sent that were refused, since it first reported (the store counts them, it does not keep their times).</source>
        <translation>设备首次上报以来被拒收的读数（系统只计数，不保存其时间）。</translation>
    </message>
    <message>
        <source>— (under 10 km)</source>
        <translation>—（不足 10 公里）</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The worst channel&apos;s figures; readings are expected every 5 minutes.</source>
        <translation>最差通道的数据；读数应每 5 分钟上报一次。</translation>
    </message>
    <message>
        <source>Readings arrive once the device reports to the bank server. Readings in a CSV file can be brought in with File → Import telemetry…. A demo workspace gets a history from saggar-sim history --workspace &lt;folder&gt;, and live readings from saggar-sim live.</source>
        <translation>设备向银行服务器上报后即可收到读数。CSV 文件中的读数可通过“文件 → 导入遥测数据…”导入。演示工作区可用 saggar-sim history --workspace &lt;文件夹&gt; 生成历史数据，用 saggar-sim live 生成实时读数。</translation>
    </message>
    <message>
        <source>%1 h (≥ %2 °C)</source>
        <translation>%1 小时（≥ %2 °C）</translation>
    </message>
</context>
<context>
    <name>saggar::ui::BandEditorDialog</name>
    <message>
        <source>Save bands</source>
        <translation>保存区间</translation>
    </message>
    <message>
        <source>Routing bands</source>
        <translation>分流区间</translation>
    </message>
    <message>
        <source>Scores below the decline band are declined automatically, scores from the approval band up are approved automatically, and the files in between go to manual review. Policy rules still decline or refer whatever the score. The bank aims at about %1 of files in manual review.</source>
        <translation>低于拒绝线的评分自动拒绝，达到批准线及以上的评分自动批准，介于两者之间的档案转人工审核。无论评分如何，政策规则仍可拒绝或转审。本行目标是约 %1 的档案进入人工审核。</translation>
    </message>
    <message>
        <source>Decline below</source>
        <translation>低于此分拒绝</translation>
    </message>
    <message>
        <source>Approve from</source>
        <translation>自此分起批准</translation>
    </message>
    <message>
        <source>Suggest bands for %1 review</source>
        <translation>按 %1 人工审核率建议区间</translation>
    </message>
    <message>
        <source>Why the bands change (kept with them):</source>
        <translation>调整区间的原因（随区间一并保存）：</translation>
    </message>
    <message>
        <source>In force: decline below %1, approve from %2 — set by %3 on %4 (“%5”).</source>
        <translation>现行：低于 %1 拒绝，自 %2 起批准——由%3于 %4 设定（“%5”）。</translation>
    </message>
    <message>
        <source>In force: decline below %1, approve from %2 — the model %3&apos;s own bands.</source>
        <translation>现行：低于 %1 拒绝，自 %2 起批准——模型 %3 自带的区间。</translation>
    </message>
    <message>
        <source>The decline band must not be above the approval band.</source>
        <translation>拒绝线不得高于批准线。</translation>
    </message>
    <message>
        <source>No file of the portfolio has been scored yet, so no rates can be shown.</source>
        <translation>组合中尚无已评分的档案，无法显示比例。</translation>
    </message>
    <message numerus="yes">
        <source>On the %n scored file(s) of the portfolio: approve %1, review %2, decline %3.</source>
        <translation>
            <numerusform>按组合中 %n 个已评分档案：批准 %1，人工审核 %2，拒绝 %3。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>saggar::ui::CollateralTab</name>
    <message>
        <source>Not valued</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>Trucks</source>
        <translation>货车</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>车辆识别代号</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年款</translation>
    </message>
    <message>
        <source>Purchase price</source>
        <translation>购置价</translation>
    </message>
    <message>
        <source>Appraised value</source>
        <translation>评估价值</translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation>定位终端</translation>
    </message>
    <message>
        <source>Add truck…</source>
        <translation>添加货车…</translation>
    </message>
    <message>
        <source>Kilns</source>
        <translation>窑炉</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>Daily capacity</source>
        <translation>日产能</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>燃料</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>投产年份</translation>
    </message>
    <message>
        <source>Purchase cost</source>
        <translation>购置成本</translation>
    </message>
    <message>
        <source>Sensor gateway</source>
        <translation>传感网关</translation>
    </message>
    <message>
        <source>Add kiln…</source>
        <translation>添加窑炉…</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Select a truck or a kiln above and enter its appraised value. The appraisal can be completed once every pledged asset has one.</source>
        <translation>请在上方选择一辆货车或一座窑炉并录入评估价值。所有抵押物均有评估价值后，方可完成评估。</translation>
    </message>
    <message>
        <source>yuan, e.g. 320000 or 32万</source>
        <translation>单位元，例如 320000 或 32万</translation>
    </message>
    <message>
        <source>Save value</source>
        <translation>保存估值</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>No asset selected.</source>
        <translation>未选择抵押物。</translation>
    </message>
    <message>
        <source>Appraised collateral %1; loan-to-value %2 % (limit %3 %).</source>
        <translation>抵押物评估价值 %1；抵押率 %2%（上限 %3%）。</translation>
    </message>
    <message>
        <source>Loan-to-value is known once every pledged asset has an appraised value.</source>
        <translation>所有抵押物均有评估价值后，方可计算抵押率。</translation>
    </message>
    <message>
        <source>Truck %1</source>
        <translation>货车 %1</translation>
    </message>
    <message>
        <source>Kiln: %1, installed %2</source>
        <translation>窑炉：%1，%2 年投产</translation>
    </message>
    <message>
        <source>Enter an amount in yuan, such as 320000, 320,000.00 or 32万.</source>
        <translation>请输入以元为单位的金额，例如 320000、320,000.00 或 32万。</translation>
    </message>
    <message>
        <source>Appraised value not saved</source>
        <translation>评估价值未保存</translation>
    </message>
    <message>
        <source>Value…</source>
        <translation>估值…</translation>
    </message>
    <message>
        <source>The valuation model&apos;s values for the selected truck, with its bands</source>
        <translation>估值模型对所选货车给出的价值及其区间</translation>
    </message>
    <message>
        <source>The valuation model&apos;s values for the selected kiln, with its bands</source>
        <translation>估值模型对所选窑炉给出的价值及其区间</translation>
    </message>
    <message>
        <source>Inspect…</source>
        <translation>检查…</translation>
    </message>
    <message>
        <source>Inspections…</source>
        <translation>检查记录…</translation>
    </message>
    <message>
        <source>Record and sign an inspection of the selected asset, or read past ones</source>
        <translation>记录并签署所选资产的检查，或查看以往检查</translation>
    </message>
    <message>
        <source>The selected asset&apos;s inspections (only an appraiser records one)</source>
        <translation>所选资产的检查记录（仅评估师可以记录）</translation>
    </message>
    <message>
        <source>Valuation report…</source>
        <translation>估值报告…</translation>
    </message>
    <message>
        <source>Print a stored valuation of the selected truck as a PDF</source>
        <translation>将所选货车的一次已保存估值打印为 PDF</translation>
    </message>
    <message>
        <source>Print a stored valuation of the selected kiln as a PDF</source>
        <translation>将所选窑炉的一次已保存估值打印为 PDF</translation>
    </message>
</context>
<context>
    <name>saggar::ui::CovenantDialog</name>
    <message>
        <source>Add a condition or covenant</source>
        <translation>新增前提条件或承诺条款</translation>
    </message>
    <message>
        <source>Edit a condition or covenant</source>
        <translation>编辑前提条件或承诺条款</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>e.g. Trackers online at least 95 % of the time</source>
        <translation>例如：定位终端在线率不低于 95%</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>衡量指标</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>What was checked, and when</source>
        <translation>核查内容及时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
</context>
<context>
    <name>saggar::ui::CovenantsTab</name>
    <message>
        <source>≥ %1 days</source>
        <translation>≥ %1 天</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>衡量指标</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Waive…</source>
        <translation>豁免…</translation>
    </message>
    <message>
        <source>No condition or covenant yet.</source>
        <translation>尚无前提条件或承诺条款。</translation>
    </message>
    <message numerus="yes">
        <source>%n condition(s) precedent still to be met or waived before disbursement.</source>
        <translation>
            <numerusform>放款前仍有 %n 项前提条件未满足或豁免。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every condition precedent is met or waived.</source>
        <translation>所有前提条件均已满足或豁免。</translation>
    </message>
    <message>
        <source>Condition not saved</source>
        <translation>条款未保存</translation>
    </message>
    <message>
        <source>Waive condition</source>
        <translation>豁免条款</translation>
    </message>
    <message>
        <source>Waiving “%1” is a policy exception recorded with your name. Write why the loan can proceed without it.</source>
        <translation>豁免“%1”属于政策例外，将以您的名义记录。请写明在不满足该条款的情况下贷款仍可继续的理由。</translation>
    </message>
    <message>
        <source>Condition not waived</source>
        <translation>条款未豁免</translation>
    </message>
    <message>
        <source>Breached: LTV %1 % on model valuations</source>
        <translation>已违约：按模型估值抵押率 %1 %</translation>
    </message>
    <message>
        <source>Breached: LTV %1 % on typed appraised values</source>
        <translation>已违约：按人工录入评估值抵押率 %1 %</translation>
    </message>
    <message>
        <source>Breached: LTV %1 % on model and typed values</source>
        <translation>已违约：按模型估值与人工录入值抵押率 %1 %</translation>
    </message>
</context>
<context>
    <name>saggar::ui::DecisionTab</name>
    <message>
        <source>Risk assessment</source>
        <translation>风险评估</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Memo version</source>
        <translation>报告版本</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Policy exceptions</source>
        <translation>政策例外</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>例外类型</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>涉及事项</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>评级</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>评级理由</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>评级人</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审批决定</translation>
    </message>
    <message>
        <source>Not assessed yet: the grade is set after the appraisal.</source>
        <translation>尚未评级：评估完成后进行风险评级。</translation>
    </message>
    <message>
        <source>Needs one manager&apos;s approval: %1 at grade %2 is within a single manager&apos;s delegated authority.</source>
        <translation>需一名审批经理批准：%1、评级 %2 在单人授权范围内。</translation>
    </message>
    <message>
        <source>Needs a committee of %1 managers: %2 at grade %3 is beyond a single manager&apos;s delegated authority.</source>
        <translation>需由 %1 名审批经理组成的审批小组批准：%2、评级 %3 超出单人授权范围。</translation>
    </message>
    <message>
        <source>The authority needed follows from the amount and the risk grade, once assessed.</source>
        <translation>所需审批权限取决于贷款金额和风险评级，评级后确定。</translation>
    </message>
    <message>
        <source>Nobody approves a file they prepared, a memo they wrote or a value they entered.</source>
        <translation>任何人不得审批自己经办的档案、撰写的授信报告或录入的评估价值。</translation>
    </message>
    <message>
        <source>Decision round %1: %2 of %3 approvals.</source>
        <translation>第 %1 轮审批：已获 %2 / %3 人批准。</translation>
    </message>
    <message numerus="yes">
        <source>Decision round %1: %n approval(s).</source>
        <translation>
            <numerusform>第 %1 轮审批：已获 %n 人批准。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 points (model %2; bands: decline below %3, approve from %4)</source>
        <translation>%1 分（模型 %2；区间：低于 %3 拒绝，自 %4 起批准）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Inputs of the score:
%1</source>
        <translation>评分输入：
%1</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>分流</translation>
    </message>
    <message>
        <source>%1 (the score alone: %2)</source>
        <translation>%1（仅按评分：%2）</translation>
    </message>
    <message>
        <source>None fired</source>
        <translation>均未触发</translation>
    </message>
    <message>
        <source>Policy rules</source>
        <translation>政策规则</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Every input is in its best band</source>
        <translation>所有输入均处于最佳档</translation>
    </message>
    <message>
        <source>Top reasons</source>
        <translation>主要原因</translation>
    </message>
</context>
<context>
    <name>saggar::ui::DocumentsTab</name>
    <message>
        <source>Documents and scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>文件和扫描件 (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Note (optional), e.g. original seen at the branch</source>
        <translation>备注（选填），例如：已在网点核验原件</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>收到</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>核实</translation>
    </message>
    <message>
        <source>Mark missing</source>
        <translation>标为缺失</translation>
    </message>
    <message>
        <source>Waive…</source>
        <translation>豁免…</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Every required document is on file.</source>
        <translation>所需材料已齐全。</translation>
    </message>
    <message numerus="yes">
        <source>%n required document(s) missing.</source>
        <translation>
            <numerusform>缺少 %n 份必需材料。</numerusform>
        </translation>
    </message>
    <message>
        <source>Submission is blocked until these documents are received or waived: %1.</source>
        <translation>以下材料收到或豁免之前无法提交：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Select a document first.</source>
        <translation>请先选择一项材料。</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Select a document to see its files.</source>
        <translation>选择一项材料以查看其附件。</translation>
    </message>
    <message>
        <source>No file is attached to %1.</source>
        <translation>%1 尚无附件。</translation>
    </message>
    <message>
        <source>Files attached to %1:</source>
        <translation>%1 的附件：</translation>
    </message>
    <message>
        <source>Document not changed</source>
        <translation>材料状态未更改</translation>
    </message>
    <message>
        <source>Waive document</source>
        <translation>豁免材料</translation>
    </message>
    <message>
        <source>Waiving the %1 is a policy exception recorded with your name. Write why the file can proceed without it.</source>
        <translation>豁免%1属于政策例外，将以您的名义记录。请写明缺少该材料档案仍可继续的理由。</translation>
    </message>
    <message>
        <source>Document not waived</source>
        <translation>材料未豁免</translation>
    </message>
    <message>
        <source>File not attached</source>
        <translation>附件未添加</translation>
    </message>
    <message>
        <source>Attach a file to %1</source>
        <translation>为%1添加附件</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is %2; attachments can be at most %3.</source>
        <translation>%1 大小为 %2；附件最大为 %3。</translation>
    </message>
    <message>
        <source>Attachment not opened</source>
        <translation>附件未打开</translation>
    </message>
    <message>
        <source>A copy could not be written to %1: %2</source>
        <translation>无法将副本写入 %1：%2</translation>
    </message>
    <message>
        <source>No program to show %1 was found. Use “Save as…” and open the copy.</source>
        <translation>未找到可打开 %1 的程序。请使用“另存为…”后打开副本。</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>保存附件</translation>
    </message>
    <message>
        <source>Attachment not saved</source>
        <translation>附件未保存</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>saggar::ui::EnterpriseTab</name>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>产区</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>细分行业</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>年营业收入</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工人数</translation>
    </message>
</context>
<context>
    <name>saggar::ui::FileController</name>
    <message>
        <source>user #%1</source>
        <translation>用户 #%1</translation>
    </message>
</context>
<context>
    <name>saggar::ui::HistoryTab</name>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>变更前 → 变更后</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>无法读取历史记录：%1</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail verifies: %n entry(ies), each sealed by a hash of the one before.</source>
        <translation>
            <numerusform>审计轨迹哈希链校验通过：共 %n 条记录，每条均由前一条的哈希值封存。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail does NOT verify. At entry #%1: %2 The history below cannot be trusted as it stands; report it to the bank&apos;s audit team.</source>
        <translation>审计轨迹哈希链校验未通过。第 %1 条记录：%2 以下历史记录不可信，请报告银行审计部门。</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>技术细节：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Bank server</source>
        <translation>银行服务器</translation>
    </message>
</context>
<context>
    <name>saggar::ui::InspectionDialog</name>
    <message>
        <source>A — as new</source>
        <translation>A — 如新</translation>
    </message>
    <message>
        <source>B — good, normal wear</source>
        <translation>B — 良好，正常磨损</translation>
    </message>
    <message>
        <source>C — fair, repairs due</source>
        <translation>C — 一般，需要维修</translation>
    </message>
    <message>
        <source>D — poor, major repair needed</source>
        <translation>D — 较差，需要大修</translation>
    </message>
    <message>
        <source>E — unfit for use</source>
        <translation>E — 无法使用</translation>
    </message>
    <message>
        <source>Inspection of %1</source>
        <translation>%1 的检查</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Sign and store</source>
        <translation>签署并保存</translation>
    </message>
    <message>
        <source>Stores the inspection signed by you; it cannot be changed afterwards</source>
        <translation>以您的签名保存检查；保存后不能再修改</translation>
    </message>
    <message>
        <source>What you type is kept as a draft until you sign, even if Saggar closes.</source>
        <translation>您输入的内容会作为草稿保留到签署为止，即使 Saggar 关闭也不会丢失。</translation>
    </message>
    <message>
        <source>site or address, e.g. 佛山市南海区 yard 3</source>
        <translation>场地或地址，例如 佛山市南海区 3 号堆场</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>local time, e.g. 2026-11-20 14:30</source>
        <translation>本地时间，例如 2026-11-20 14:30</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>optional: latitude, longitude, e.g. 23.0215, 113.1214</source>
        <translation>可选：纬度, 经度，例如 23.0215, 113.1214</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Overall condition</source>
        <translation>总体状况</translation>
    </message>
    <message>
        <source>Chassis and body</source>
        <translation>底盘与车身</translation>
    </message>
    <message>
        <source>Shell and refractory</source>
        <translation>窑体与耐火材料</translation>
    </message>
    <message>
        <source>Engine and drive</source>
        <translation>发动机与传动</translation>
    </message>
    <message>
        <source>Burners, rollers and fans</source>
        <translation>烧嘴、辊棒与风机</translation>
    </message>
    <message>
        <source>0 to 100, e.g. 25</source>
        <translation>0 到 100，例如 25</translation>
    </message>
    <message>
        <source>Paint and body wear (%)</source>
        <translation>漆面与车身磨损（%）</translation>
    </message>
    <message>
        <source>Lining and glaze wear (%)</source>
        <translation>内衬与釉面磨损（%）</translation>
    </message>
    <message>
        <source>Scheduled services the maker&apos;s plan asks for since the last inspection</source>
        <translation>自上次检查以来厂家保养计划要求的计划保养次数</translation>
    </message>
    <message>
        <source>Scheduled services due</source>
        <translation>应做计划保养次数</translation>
    </message>
    <message>
        <source>one a line: date; work; who did it; scheduled or repair
2026-10-12; oil and filters; Foshan Jiefang service; scheduled</source>
        <translation>每行一条：日期; 工作; 由谁完成; 计划保养 或 维修
2026-10-12; 机油与滤芯; 佛山解放服务站; 计划保养</translation>
    </message>
    <message>
        <source>Maintenance records</source>
        <translation>保养记录</translation>
    </message>
    <message>
        <source>one a line: part; what is wrong; severity 1 cosmetic, 2 needs repair, 3 stops use
rear axle; oil leak at the seal; 2</source>
        <translation>每行一条：部件; 问题; 严重程度 1 外观、2 需维修、3 无法使用
后桥; 油封漏油; 2</translation>
    </message>
    <message>
        <source>Defects</source>
        <translation>缺陷</translation>
    </message>
    <message>
        <source>No photo yet. Photos are kept with the file&apos;s attachments by their SHA-256.</source>
        <translation>尚无照片。照片按 SHA-256 与档案附件一起保存。</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>Remove photos</source>
        <translation>移除照片</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation>新检查</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>未签署</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <source>Restored what you typed earlier; it is kept until you sign.</source>
        <translation>已恢复您之前输入的内容；签署前会一直保留。</translation>
    </message>
    <message>
        <source>Signing stores this inspection as signed by %1 (appraiser) and freezes it: a signed inspection cannot be changed.</source>
        <translation>签署后，本次检查将以 %1（评估师）的签名保存并锁定：已签署的检查不能修改。</translation>
    </message>
    <message>
        <source>Not signed: this inspection is not used for valuation.</source>
        <translation>未签署：本次检查不用于估值。</translation>
    </message>
    <message>
        <source>Signed: %1. A signed inspection cannot be changed.</source>
        <translation>已签署：%1。已签署的检查不能修改。</translation>
    </message>
    <message>
        <source>No inspection of this asset has been recorded yet. Only an appraiser can record one.</source>
        <translation>该资产尚无检查记录。只有评估师可以记录检查。</translation>
    </message>
    <message>
        <source>You can read the recorded inspections; only an appraiser can record one.</source>
        <translation>您可以查看已记录的检查；只有评估师可以记录检查。</translation>
    </message>
    <message>
        <source>Say where the asset was inspected: the site or the address.</source>
        <translation>请填写检查地点：场地或地址。</translation>
    </message>
    <message>
        <source>Keep the place under %1 characters.</source>
        <translation>地点请少于 %1 个字符。</translation>
    </message>
    <message>
        <source>Write the time of the inspection as 2026-11-20 14:30.</source>
        <translation>请按 2026-11-20 14:30 的格式填写检查时间。</translation>
    </message>
    <message>
        <source>The inspection cannot be in the future.</source>
        <translation>检查时间不能晚于现在。</translation>
    </message>
    <message>
        <source>Write the latitude (−90 to 90) and the longitude (−180 to 180) separated by a comma, or leave the position empty.</source>
        <translation>请填写纬度（−90 到 90）和经度（−180 到 180），以逗号分隔，或将位置留空。</translation>
    </message>
    <message>
        <source>Enter the wear as a percentage from 0 to 100.</source>
        <translation>请以 0 到 100 的百分比填写磨损程度。</translation>
    </message>
    <message>
        <source>Only an appraiser can record and sign an inspection.</source>
        <translation>只有评估师可以记录并签署检查。</translation>
    </message>
    <message>
        <source>A recorded inspection cannot be signed again; choose “New inspection”.</source>
        <translation>已记录的检查不能再次签署；请选择“新检查”。</translation>
    </message>
    <message>
        <source>Not signed: correct the fields marked in red. Nothing was stored.</source>
        <translation>未签署：请更正标红的字段。未保存任何内容。</translation>
    </message>
    <message>
        <source>%1, appraiser, %2 UTC</source>
        <translation>%1，评估师，%2 UTC</translation>
    </message>
    <message>
        <source>Not signed: %1 Nothing was stored.</source>
        <translation>未签署：%1 未保存任何内容。</translation>
    </message>
    <message>
        <source>Stored as inspection #%1. The next valuation of this asset reads its wear and maintenance.</source>
        <translation>已保存为检查 #%1。该资产的下一次估值将读取其磨损与保养情况。</translation>
    </message>
    <message>
        <source>Add a photo of %1</source>
        <translation>添加 %1 的照片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1 is larger than 20 MB.</source>
        <translation>%1 大于 20 MB。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>saggar::ui::LoanFilePage</name>
    <message>
        <source>No loan file is open. Double-click a file in the portfolio to open it.</source>
        <translation>尚未打开贷款档案。请在贷款组合中双击一个档案打开。</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>抵押物</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>材料清单</translation>
    </message>
    <message>
        <source>The loan file could not be opened: %1</source>
        <translation>无法打开贷款档案：%1</translation>
    </message>
    <message>
        <source>Credit memo</source>
        <translation>授信报告</translation>
    </message>
    <message>
        <source>Covenants</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>History</source>
        <translation>审计轨迹</translation>
    </message>
</context>
<context>
    <name>saggar::ui::LoginDialog</name>
    <message>
        <source>Sign in to Saggar</source>
        <translation>登录匣钵</translation>
    </message>
    <message>
        <source>Saggar</source>
        <translation>匣钵</translation>
    </message>
    <message>
        <source>Underwriting workstation for loans secured by trucks and kilns</source>
        <translation>以货车和窑炉为抵押的信贷审批工作站</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <source>Unknown user or wrong password.</source>
        <translation>用户不存在或密码错误。</translation>
    </message>
</context>
<context>
    <name>saggar::ui::LtvPanel</name>
    <message>
        <source>Loan-to-value over time</source>
        <translation>抵押率走势</translation>
    </message>
    <message>
        <source>Fair market value</source>
        <translation>公允市场价值</translation>
    </message>
    <message>
        <source>Orderly liquidation value</source>
        <translation>有序清算价值</translation>
    </message>
    <message>
        <source>Net recovery</source>
        <translation>净回收价值</translation>
    </message>
    <message>
        <source>No model valuation of this file&apos;s collateral yet, so there is no LTV history to draw. Value an asset with Value… on the Collateral tab; once the file is disbursed, its collateral is revalued when inspections or telemetry arrive.</source>
        <translation>本档案的押品尚无模型估值，暂无抵押率走势可画。可在“押品”页用“估值…”为资产估值；档案放款后，收到新的检验或遥测数据时押品会自动重估。</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>价值口径：</translation>
    </message>
    <message>
        <source>The LTV could not be read: %1</source>
        <translation>无法读取抵押率：%1</translation>
    </message>
    <message>
        <source>Nothing pledged to this file is valued yet.</source>
        <translation>本档案的押品尚未估值。</translation>
    </message>
    <message numerus="yes">
        <source>model valuations at fair market value (%n asset(s))</source>
        <translation>
            <numerusform>公允市场价值的模型估值（%n 项资产）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the appraiser&apos;s typed values (%n asset(s)); no model valuation yet</source>
        <translation>
            <numerusform>评估师人工录入的价值（%n 项资产），尚无模型估值</numerusform>
        </translation>
    </message>
    <message>
        <source>model valuations of %1 asset(s) and the appraiser&apos;s typed values of %2</source>
        <translation>%1 项资产的模型估值和 %2 项资产的评估师人工录入值</translation>
    </message>
    <message>
        <source>above the %1 % alert level (no LTV covenant)</source>
        <translation>超出 %1 % 预警线（无抵押率约定）</translation>
    </message>
    <message>
        <source>within the %1 % alert level (no LTV covenant)</source>
        <translation>未超出 %1 % 预警线（无抵押率约定）</translation>
    </message>
    <message>
        <source>above the covenant&apos;s %1 % limit: breached</source>
        <translation>超出约定的 %1 % 上限：已违约</translation>
    </message>
    <message>
        <source>within the covenant&apos;s %1 % limit</source>
        <translation>未超出约定的 %1 % 上限</translation>
    </message>
    <message>
        <source>LTV now %1 %: outstanding %2 against %3 on %4 — %5.</source>
        <translation>当前抵押率 %1 %：未偿余额 %2，押品价值 %3，依据%4——%5。</translation>
    </message>
</context>
<context>
    <name>saggar::ui::MainWindow</name>
    <message>
        <source>Saggar — %1</source>
        <translation>匣钵 — %1</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>贷款组合</translation>
    </message>
    <message>
        <source>Loan file</source>
        <translation>贷款档案</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation>资产处置</translation>
    </message>
    <message>
        <source>Not built yet. Defaulted collateral will be sold from here: judicial auction, second-hand matching, reserve prices and bids.</source>
        <translation>尚未开发。违约抵押物将在此处置：司法拍卖、二手撮合、保留价和竞价。</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Not built yet. Valuation and risk model versions, their measured error and champion/challenger comparisons will be shown here.</source>
        <translation>尚未开发。估值和风险模型的版本、实测误差及冠军/挑战者对比将在此显示。</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New loan file…</source>
        <translation>新建贷款档案(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Saggar</source>
        <translation>关于匣钵(&amp;A)</translation>
    </message>
    <message>
        <source>About Saggar</source>
        <translation>关于匣钵</translation>
    </message>
    <message>
        <source>Saggar %1
Underwriting workstation for loans to ceramics makers secured by their trucks and kilns.</source>
        <translation>匣钵 %1
以陶瓷企业的货车和窑炉为抵押的信贷审批工作站。</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>我的待办</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>审核队列</translation>
    </message>
    <message>
        <source>&amp;Risk</source>
        <translation>风险(&amp;R)</translation>
    </message>
    <message>
        <source>Routing &amp;bands…</source>
        <translation>分流区间(&amp;B)…</translation>
    </message>
    <message>
        <source>The alert queue is not available in this window.</source>
        <translation>此窗口中无法使用预警队列。</translation>
    </message>
    <message>
        <source>Sync &amp;queue…</source>
        <translation>同步队列(&amp;Q)…</translation>
    </message>
    <message>
        <source>Import &amp;telemetry…</source>
        <translation>导入遥测数据(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Valuation</source>
        <translation>估值(&amp;V)</translation>
    </message>
    <message>
        <source>Valuation &amp;models…</source>
        <translation>估值模型(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>saggar::ui::MemoTab</name>
    <message>
        <source>Save as new version</source>
        <translation>保存为新版本</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Export to PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Version %1 was approved and is frozen: it is kept exactly as the approvers read it.</source>
        <translation>第 %1 版已审批通过并冻结：按审批人阅读时的原样保存。</translation>
    </message>
    <message>
        <source>Text you typed earlier and did not save was restored. Save it as a new version when it is ready.</source>
        <translation>已恢复您之前输入但未保存的内容。完成后请保存为新版本。</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation>第 %1 版 · %2 · %3</translation>
    </message>
    <message>
        <source>approved, frozen</source>
        <translation>已审批，已冻结</translation>
    </message>
    <message>
        <source>No version saved yet.</source>
        <translation>尚未保存任何版本。</translation>
    </message>
    <message>
        <source>Credit memo not saved</source>
        <translation>授信报告未保存</translation>
    </message>
    <message>
        <source>Export the credit memo</source>
        <translation>导出授信报告</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Credit memo not exported</source>
        <translation>授信报告未导出</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>saggar::ui::MyWorkPage</name>
    <message>
        <source>My work</source>
        <translation>我的待办</translation>
    </message>
    <message>
        <source>Drafts you prepared, and files returned to you for rework.</source>
        <translation>您经办的草稿，以及退回给您补充的档案。</translation>
    </message>
    <message>
        <source>Files waiting for an appraiser, and the appraisals you have started.</source>
        <translation>等待评估的档案，以及您已开始评估的档案。</translation>
    </message>
    <message>
        <source>Files awaiting approval or another manager&apos;s decision: reviews, overrides, disbursements, defaults, disposals and closures.</source>
        <translation>等待审批或审批经理决定的档案：复核、推翻拒绝、放款、违约、资产处置和结档。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Your work could not be listed: %1</source>
        <translation>无法列出您的待办：%1</translation>
    </message>
    <message>
        <source>Nothing waiting for you.</source>
        <translation>暂无待办。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) waiting for you.</source>
        <translation>
            <numerusform>%n 个档案等待您处理。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>saggar::ui::NewFileDialog</name>
    <message>
        <source>New loan file</source>
        <translation>新建贷款档案</translation>
    </message>
    <message>
        <source>&lt;b&gt;Borrower&lt;/b&gt; — an enterprise already on file is matched by its credit code</source>
        <translation>&lt;b&gt;借款企业&lt;/b&gt; — 已有企业按统一社会信用代码自动匹配</translation>
    </message>
    <message>
        <source>e.g. 佛山市南海区宏宇陶瓷有限公司</source>
        <translation>例如 佛山市南海区宏宇陶瓷有限公司</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>产区</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>细分行业</translation>
    </message>
    <message>
        <source>yuan, e.g. 350000000 or 35,000万</source>
        <translation>单位元，例如 350000000 或 35,000万</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>yuan, e.g. 8000000 or 800万</source>
        <translation>单位元，例如 8000000 或 800万</translation>
    </message>
    <message>
        <source>Create draft</source>
        <translation>创建草稿</translation>
    </message>
    <message>
        <source>Loan file not created</source>
        <translation>贷款档案未创建</translation>
    </message>
    <message>
        <source>18 characters, e.g. 91350100M000100Y43</source>
        <translation>18 位字符，例如 91350100M000100Y43</translation>
    </message>
</context>
<context>
    <name>saggar::ui::OverviewTab</name>
    <message>
        <source>File number</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Annual rate</source>
        <translation>年利率</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Credit analyst</source>
        <translation>信贷分析师</translation>
    </message>
    <message>
        <source>Appraiser</source>
        <translation>评估师</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>未指派</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>审批经理</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>尚未评级</translation>
    </message>
    <message>
        <source>Risk grade</source>
        <translation>风险评级</translation>
    </message>
    <message>
        <source>Decision round</source>
        <translation>审批轮次</translation>
    </message>
    <message>
        <source>Appraised collateral</source>
        <translation>抵押物评估价值</translation>
    </message>
    <message>
        <source>Not valued yet</source>
        <translation>尚未评估</translation>
    </message>
    <message>
        <source>Known once every pledged asset is valued</source>
        <translation>所有抵押物评估后可知</translation>
    </message>
    <message>
        <source>(above the %1 % limit: approval is a policy exception)</source>
        <translation>（超过 %1% 上限：批准属于政策例外）</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>最后更新</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Change terms…</source>
        <translation>修改贷款条件…</translation>
    </message>
    <message>
        <source>On the appraisers&apos; values, as the approval policy reads it. The Covenants tab follows the LTV over time on the model&apos;s valuations.</source>
        <translation>按评估师录入的价值计算，即审批政策所用的口径。契约页按模型估值跟踪抵押率随时间的变化。</translation>
    </message>
    <message>
        <source>Loan-to-value (appraised)</source>
        <translation>抵押率（评估值）</translation>
    </message>
</context>
<context>
    <name>saggar::ui::PortfolioModel</name>
    <message>
        <source>File</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>产区</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>分析师</translation>
    </message>
    <message>
        <source>Trucks</source>
        <translation>货车</translation>
    </message>
    <message>
        <source>Kilns</source>
        <translation>窑炉</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>saggar::ui::PortfolioPage</name>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>分析师</translation>
    </message>
    <message>
        <source>Trucks</source>
        <translation>货车</translation>
    </message>
    <message>
        <source>Kilns</source>
        <translation>窑炉</translation>
    </message>
    <message>
        <source>The portfolio could not be read: %1</source>
        <translation>无法读取贷款组合：%1</translation>
    </message>
    <message>
        <source>Search name, credit code, file no., plate or VIN</source>
        <translation>搜索企业名称、信用代码、档案编号、车牌号或车辆识别代号</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>全部产区</translation>
    </message>
    <message>
        <source>Min amount</source>
        <translation>最低金额</translation>
    </message>
    <message>
        <source>Yuan, e.g. 500000, 500,000.00 or 50万</source>
        <translation>单位元，例如 500000、500,000.00 或 50万</translation>
    </message>
    <message>
        <source>Max amount</source>
        <translation>最高金额</translation>
    </message>
    <message>
        <source>Anyone assigned</source>
        <translation>全部经办人</translation>
    </message>
    <message>
        <source>Amounts are in yuan, e.g. 500000, 500,000.00 or 50万; the filter was not changed.</source>
        <translation>金额单位为元，例如 500000、500,000.00 或 50万；筛选条件未改变。</translation>
    </message>
    <message>
        <source>The minimum amount is above the maximum; the filter was not changed.</source>
        <translation>最低金额高于最高金额；筛选条件未改变。</translation>
    </message>
    <message numerus="yes">
        <source>%n loan file(s)</source>
        <translation>
            <numerusform>共 %n 个贷款档案</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>saggar::ui::ReasonDialog</name>
    <message>
        <source>Choose a grade…</source>
        <translation>请选择评级…</translation>
    </message>
    <message>
        <source>Risk grade</source>
        <translation>风险评级</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s).</source>
        <translation>
            <numerusform>%n 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s); at least %1 are needed.</source>
        <translation>
            <numerusform>%n 个字符；至少需要 %1 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>选填。</translation>
    </message>
</context>
<context>
    <name>saggar::ui::ReviewQueueModel</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>未评级</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>File</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Main reason</source>
        <translation>主要原因</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>已等待</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>处理人</translation>
    </message>
</context>
<context>
    <name>saggar::ui::ReviewQueuePage</name>
    <message>
        <source>Claim</source>
        <translation>认领</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>释放</translation>
    </message>
    <message>
        <source>Open to decide</source>
        <translation>打开并决定</translation>
    </message>
    <message>
        <source>Files the score bands or the policy rules sent to manual review, longest waiting first. Claim a file so others see you hold it, read its reasons, then open it to approve, reject or return it; each should be decided within %1.</source>
        <translation>被评分区间或政策规则转入人工审核的档案，等待最久的在前。认领档案后他人可见由您处理；阅读原因后打开档案批准、拒绝或退回；每个档案应在 %1 内决定。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) waiting for review</source>
        <translation>
            <numerusform>%n 个档案待审核</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n past the SLA</source>
        <translation>
            <numerusform>；%n 个已超时限</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a file to read why it is in review.</source>
        <translation>选择一个档案查看其进入审核的原因。</translation>
    </message>
    <message>
        <source>%1 — %2, %3 at grade %4, score %5.</source>
        <translation>%1 — %2，%3，等级 %4，评分 %5。</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>未评级</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation>政策：%1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Held by %1 since %2.</source>
        <translation>自 %2 起由%1处理。</translation>
    </message>
    <message>
        <source>You prepared this file, so another manager has to decide it.</source>
        <translation>此档案由您经办，须由另一位经理决定。</translation>
    </message>
    <message>
        <source>%1 holds this file; ask them to release it.</source>
        <translation>此档案由%1处理中；请其先释放。</translation>
    </message>
</context>
<context>
    <name>saggar::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>host:port, empty for no sync</source>
        <translation>主机:端口，留空则不同步</translation>
    </message>
    <message>
        <source>Bank server</source>
        <translation>银行服务器</translation>
    </message>
    <message>
        <source>Write the server as host:port, for example 10.1.2.3:8443.</source>
        <translation>请按“主机:端口”填写服务器，例如 10.1.2.3:8443。</translation>
    </message>
</context>
<context>
    <name>saggar::ui::SyncEditText</name>
    <message>
        <source>New file for %1</source>
        <translation>为 %1 新建案卷</translation>
    </message>
    <message>
        <source>Pledge truck %1</source>
        <translation>抵押卡车 %1</translation>
    </message>
    <message>
        <source>Pledge a kiln</source>
        <translation>抵押一座窑炉</translation>
    </message>
    <message>
        <source>Pledge kiln %1</source>
        <translation>抵押窑炉 %1</translation>
    </message>
    <message>
        <source>Add condition: %1</source>
        <translation>新增条件：%1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Workflow step %1</source>
        <translation>流程步骤 %1</translation>
    </message>
    <message>
        <source>Delete the draft</source>
        <translation>删除草稿</translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation>附加 %1</translation>
    </message>
    <message>
        <source>Other change</source>
        <translation>其他修改</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>term</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>利率</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>memo: %1</source>
        <translation>授信报告：%1</translation>
    </message>
    <message>
        <source>document %1: status</source>
        <translation>文件 %1：状态</translation>
    </message>
    <message>
        <source>document %1: %2</source>
        <translation>文件 %1：%2</translation>
    </message>
    <message>
        <source>condition %1: status</source>
        <translation>条件 %1：状态</translation>
    </message>
    <message>
        <source>condition %1: %2</source>
        <translation>条件 %1：%2</translation>
    </message>
    <message>
        <source>appraised value of truck %1</source>
        <translation>卡车 %1 的评估价值</translation>
    </message>
    <message>
        <source>appraised value of kiln %1</source>
        <translation>窑炉 %1 的评估价值</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>saggar::ui::SyncQueueDialog</name>
    <message>
        <source>File</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Base version</source>
        <translation>基准版本</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改内容</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近的错误</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒时间</translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation>服务器的原因</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基准值</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>服务器的值</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的值</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>采用服务器的</translation>
    </message>
    <message>
        <source>Sync queue</source>
        <translation>同步队列</translation>
    </message>
    <message>
        <source>Waiting edits</source>
        <translation>待上传的修改</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Nothing to resolve.</source>
        <translation>没有需要处理的冲突。</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1（%2 修改）</translation>
    </message>
    <message>
        <source>The server refused the whole edit: %1. Taking theirs discards it.</source>
        <translation>服务器拒绝了整项修改：%1。采用服务器的值将放弃这项修改。</translation>
    </message>
    <message>
        <source>Someone changed the same fields on the server. Keep mine sends your values again on version %1; take theirs discards your edit.</source>
        <translation>有人在服务器上修改了相同的字段。“保留我的”会在版本 %1 上重新发送您的值；“采用服务器的”将放弃您的修改。</translation>
    </message>
    <message>
        <source>the file was deleted on the server</source>
        <translation>该档案已在服务器上被删除</translation>
    </message>
    <message>
        <source>the file was deleted on the server by %1</source>
        <translation>该档案已在服务器上被 %1 删除</translation>
    </message>
    <message>
        <source>your delete came after a change on the server (now version %1); the file shows again with it — delete it again if you still want to</source>
        <translation>您的删除晚于服务器上的一次修改（现为第 %1 版）；档案已连同该修改重新显示——如仍要删除，请再次删除</translation>
    </message>
    <message>
        <source>your delete was refused (%1)</source>
        <translation>您的删除被拒绝（%1）</translation>
    </message>
    <message>
        <source>someone changed the same fields on the server (now version %1)</source>
        <translation>有人在服务器上修改了相同的字段（现为版本 %1）</translation>
    </message>
</context>
<context>
    <name>saggar::ui::SyncStatusLabel</name>
    <message>
        <source>Sync off (no server configured)</source>
        <translation>同步已关闭（未配置服务器）</translation>
    </message>
    <message>
        <source>Server online</source>
        <translation>服务器在线</translation>
    </message>
    <message>
        <source>Server offline</source>
        <translation>服务器离线</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) waiting</source>
        <translation>
            <numerusform>%n 项修改待上传</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n 个冲突待处理</numerusform>
        </translation>
    </message>
    <message>
        <source>last synced %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>最近的错误：%1</translation>
    </message>
    <message numerus="yes">
        <source>live: %n asset(s)</source>
        <translation>
            <numerusform>实时：%n 项资产</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Live telemetry: following %n asset(s), </source>
        <translation>
            <numerusform>实时遥测：正在跟踪 %n 项资产，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s) stored this session</source>
        <translation>
            <numerusform>本次会话已保存 %n 条读数</numerusform>
        </translation>
    </message>
    <message>
        <source>Live telemetry: not connected</source>
        <translation>实时遥测：未连接</translation>
    </message>
    <message>
        <source>Live telemetry error: %1</source>
        <translation>实时遥测错误：%1</translation>
    </message>
</context>
<context>
    <name>saggar::ui::TelemetryImportDialog</name>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>Import the good lines and list the bad ones</source>
        <translation>导入正确的行，列出错误的行</translation>
    </message>
    <message>
        <source>Import nothing if any line is bad</source>
        <translation>只要有一行错误就什么都不导入</translation>
    </message>
    <message>
        <source>Co&amp;py list</source>
        <translation>复制列表(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Import telemetry</source>
        <translation>导入遥测数据</translation>
    </message>
    <message>
        <source>Readings exported by another platform: a CSV file with one reading a line (asset_kind,asset,channel,time,value and an optional device_seq; a header line is optional). Readings already stored are ignored.</source>
        <translation>从其他平台导出的读数：CSV 文件，每行一条读数（asset_kind,asset,channel,time,value，可选 device_seq；表头行可有可无）。已存储的读数将被忽略。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation>.csv 文件的路径</translation>
    </message>
    <message>
        <source>When a line is bad</source>
        <translation>遇到错误行时</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>malformed line</source>
        <translation>格式错误</translation>
    </message>
    <message>
        <source>unknown asset</source>
        <translation>未知资产</translation>
    </message>
    <message>
        <source>unknown channel</source>
        <translation>未知通道</translation>
    </message>
    <message>
        <source>value out of range</source>
        <translation>数值超出范围</translation>
    </message>
    <message>
        <source>time in the future</source>
        <translation>时间在未来</translation>
    </message>
    <message>
        <source>counter went backwards</source>
        <translation>计数器倒退</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <source>Another telemetry import is running. Wait until it has finished, then try again. Nothing was imported from this file.</source>
        <translation>另一项遥测导入正在进行。请等它完成后再试。此文件未导入任何数据。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>%1 lines read (%2 of %3)</source>
        <translation>已读取 %1 行（%2 / %3）</translation>
    </message>
    <message>
        <source>%1 lines read</source>
        <translation>已读取 %1 行</translation>
    </message>
    <message>
        <source>Another telemetry import is running. Wait until it has finished, then try again.</source>
        <translation>另一项遥测导入正在进行。请等它完成后再试。</translation>
    </message>
    <message>
        <source>%1 holds no readings.</source>
        <translation>%1 中没有读数。</translation>
    </message>
    <message>
        <source>%1 is not a telemetry CSV file: its first line “%2” is not the header asset_kind,asset,channel,time,value,device_seq.</source>
        <translation>%1 不是遥测 CSV 文件：第一行“%2”不是表头 asset_kind,asset,channel,time,value,device_seq。</translation>
    </message>
    <message>
        <source>%1 could not be read to its end (%2).</source>
        <translation>%1 未能读到结尾（%2）。</translation>
    </message>
    <message>
        <source>The telemetry store could not take the readings: %1</source>
        <translation>遥测数据库无法写入这些读数：%1</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何数据。</translation>
    </message>
    <message>
        <source>Import cancelled after %1 lines. Nothing was imported.</source>
        <translation>已在第 %1 行后取消导入。未导入任何数据。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 of %2 lines are bad, and you chose to import nothing if any line is bad. Correct the lines listed below, or import the good lines only.</source>
        <translation>未导入任何数据：%2 行中有 %1 行错误，而您选择了只要有一行错误就什么都不导入。请改正下面列出的行，或只导入正确的行。</translation>
    </message>
    <message>
        <source>Imported %1 readings from %2. %3 bad lines were skipped; they are listed below.</source>
        <translation>已从 %2 导入 %1 条读数。跳过了 %3 个错误行，列在下面。</translation>
    </message>
    <message>
        <source>Imported %1 readings from %2.</source>
        <translation>已从 %2 导入 %1 条读数。</translation>
    </message>
    <message>
        <source>Lines read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <source>Good readings</source>
        <translation>正确读数</translation>
    </message>
    <message>
        <source>Readings imported</source>
        <translation>已导入读数</translation>
    </message>
    <message>
        <source>Duplicates ignored (already stored)</source>
        <translation>忽略的重复读数（已存储）</translation>
    </message>
    <message>
        <source>Bad lines</source>
        <translation>错误行</translation>
    </message>
    <message>
        <source>The first %1 bad lines are listed.</source>
        <translation>只列出前 %1 个错误行。</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>it may not be read (%1)</source>
        <translation>无权读取（%1）</translation>
    </message>
    <message>
        <source>Could not open %1: %2. Check the path.</source>
        <translation>无法打开 %1：%2。请检查路径。</translation>
    </message>
    <message>
        <source>%1 holds nothing new: all %2 readings were already stored.</source>
        <translation>%1 中没有新数据：全部 %2 条读数均已存储。</translation>
    </message>
</context>
<context>
    <name>saggar::ui::TermsDialog</name>
    <message>
        <source>Terms of %1</source>
        <translation>%1 的贷款条件</translation>
    </message>
    <message>
        <source>Only the terms you change are sent to the bank server; someone else&apos;s change to another term is kept.</source>
        <translation>只有您修改的条件会发送到银行服务器；他人对其他条件的修改将被保留。</translation>
    </message>
    <message>
        <source>yuan, e.g. 8000000 or 800万</source>
        <translation>单位元，例如 8000000 或 800万</translation>
    </message>
    <message>
        <source>Terms not saved</source>
        <translation>贷款条件未保存</translation>
    </message>
</context>
<context>
    <name>saggar::ui::ValuationDialog</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Valuation of %1</source>
        <translation>%1 的估值</translation>
    </message>
    <message>
        <source>This workspace cannot value assets yet: it needs a valuation library and a champion price model. A demo workspace made with “saggarctl demo create” has both. For another workspace, import the library with “saggarctl valuation library import resources/valuation/library.tsv --workspace DIR” and train a model with “saggarctl valuation train --demo --out MODEL --workspace DIR” (the generated demo history) or on the bank&apos;s sales with --csv.</source>
        <translation>该工作区还不能估值：需要估值参数库和一个冠军价格模型。用“saggarctl demo create”创建的演示工作区两者都有。其他工作区请用“saggarctl valuation library import resources/valuation/library.tsv --workspace DIR”导入参数库，并用“saggarctl valuation train --demo --out MODEL --workspace DIR”（生成的演示历史）或用 --csv 以银行的成交数据训练模型。</translation>
    </message>
    <message>
        <source>The asset could not be valued: %1</source>
        <translation>无法对该资产估值：%1</translation>
    </message>
    <message>
        <source>Library type %1 (%2). Valued with library %3 and champion model %4, trained %5 on %6.</source>
        <translation>参数库类型 %1（%2）。使用参数库 %3 和冠军模型 %4 估值，该模型于 %5 在 %6 上训练。</translation>
    </message>
    <message numerus="yes">
        <source>How sure: on %n sales the model had not seen, its median error was %1; the 80 % band held %2 of the prices and the 90 % band %3. These are measured figures, not promises.</source>
        <translation>
            <numerusform>可信程度：在模型未见过的 %n 笔成交上，中位误差为 %1；80 % 区间覆盖了 %2 的价格，90 % 区间覆盖了 %3。这些是实测数字，不是承诺。</numerusform>
        </translation>
    </message>
    <message>
        <source>The model&apos;s error and band coverage were not measured when it was trained; read the bands with care.</source>
        <translation>训练该模型时未测量其误差和区间覆盖率；请谨慎解读区间。</translation>
    </message>
    <message>
        <source>Store valuation</source>
        <translation>保存估值</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>80 % band</source>
        <translation>80 % 区间</translation>
    </message>
    <message>
        <source>90 % band</source>
        <translation>90 % 区间</translation>
    </message>
    <message>
        <source>Fair market value</source>
        <translation>公允市场价值</translation>
    </message>
    <message>
        <source>Orderly liquidation</source>
        <translation>有序变现价值</translation>
    </message>
    <message>
        <source>Forced sale (auction ladder)</source>
        <translation>强制处置价值（拍卖阶梯）</translation>
    </message>
    <message>
        <source>Net recovery after costs and time</source>
        <translation>扣除费用与时间后的净回收</translation>
    </message>
    <message>
        <source>Recovery costs</source>
        <translation>回收费用</translation>
    </message>
    <message>
        <source>Time to cash</source>
        <translation>变现时间</translation>
    </message>
    <message numerus="yes">
        <source>%n days from seizure (expected)</source>
        <translation>
            <numerusform>自查封起 %n 天（预期）</numerusform>
        </translation>
    </message>
    <message>
        <source>The bands of the other values follow the fair market value&apos;s, since each is a share of it for this type.</source>
        <translation>其他价值的区间随公允市场价值的区间而定，因为对该类型而言它们都是公允价值的固定比例。</translation>
    </message>
    <message>
        <source>Forced sale: the judicial-auction ladder</source>
        <translation>强制处置：网络司法拍卖阶梯</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>起拍比例</translation>
    </message>
    <message>
        <source>Starting price</source>
        <translation>起拍价</translation>
    </message>
    <message>
        <source>Chance of selling</source>
        <translation>成交概率</translation>
    </message>
    <message>
        <source>Days to cash</source>
        <translation>变现天数</translation>
    </message>
    <message>
        <source>%1 of the appraisal</source>
        <translation>评估价的 %1</translation>
    </message>
    <message>
        <source>Still unsold after the ladder: %1 (taken in lieu at the second price and sold later).</source>
        <translation>走完拍卖阶梯仍未成交：%1（按第二次拍卖价以物抵债，之后再出售）。</translation>
    </message>
    <message>
        <source>The twelve indicators</source>
        <translation>十二项指标</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>Inspection %1 by %2</source>
        <translation>%1 检查，评估师 %2</translation>
    </message>
    <message>
        <source>user #%1</source>
        <translation>用户 #%1</translation>
    </message>
    <message>
        <source>The valuation was not stored: %1</source>
        <translation>估值未保存：%1</translation>
    </message>
    <message>
        <source>Stored as valuation #%1, with its inputs, library %2 and model %3, so it can be reproduced.</source>
        <translation>已保存为估值 #%1，连同其输入、参数库 %2 和模型 %3，可据此复现。</translation>
    </message>
    <message>
        <source>Valuing… (reading telemetry)</source>
        <translation>正在估值…（读取遥测数据）</translation>
    </message>
    <message>
        <source>Report (PDF)…</source>
        <translation>报告（PDF）…</translation>
    </message>
    <message>
        <source>Print this stored valuation as a PDF in English or Chinese</source>
        <translation>将这次已保存的估值打印为中文或英文 PDF</translation>
    </message>
    <message>
        <source>Condition at that inspection: overall %1, structure %2, mechanism %3; defects: %4 cosmetic, %5 needing repair, %6 stopping use. The model reads the wear and the maintenance; the grades are shown for the appraiser.</source>
        <translation>该次检查时的状况：总体 %1，结构 %2，机构 %3；缺陷：外观 %4 项，需维修 %5 项，无法使用 %6 项。模型读取磨损与保养情况；等级供评估师参考。</translation>
    </message>
    <message>
        <source>No signed inspection of this asset yet: an appraiser records one with “Inspect…” on the Collateral tab; the model treats missing indicators as missing.</source>
        <translation>该资产尚无已签署的检查：评估师可在“抵押物”页用“检查…”记录；模型将缺失的指标视为缺失。</translation>
    </message>
</context>
<context>
    <name>saggar::ui::ValuationModelsPage</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>冠军模型</translation>
    </message>
    <message>
        <source>Challenger</source>
        <translation>挑战者模型</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已退役</translation>
    </message>
    <message>
        <source>Valuation models: champion and challenger</source>
        <translation>估值模型：冠军与挑战者</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>训练时间</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>训练数据</translation>
    </message>
    <message>
        <source>Library version</source>
        <translation>参数库版本</translation>
    </message>
    <message>
        <source>Share of assets valued</source>
        <translation>估值资产占比</translation>
    </message>
    <message>
        <source>Measured at training (held-out sales)</source>
        <translation>训练时实测（留出样本）</translation>
    </message>
    <message>
        <source>Median error</source>
        <translation>误差中位数</translation>
    </message>
    <message>
        <source>Prices inside the 80 % band</source>
        <translation>价格落在 80% 区间内</translation>
    </message>
    <message>
        <source>Prices inside the 90 % band</source>
        <translation>价格落在 90% 区间内</translation>
    </message>
    <message>
        <source>Against realised sale prices</source>
        <translation>对照实际成交价</translation>
    </message>
    <message>
        <source>Sales judged</source>
        <translation>参与评判的成交</translation>
    </message>
    <message>
        <source>Within ±10 %</source>
        <translation>误差在 ±10% 以内</translation>
    </message>
    <message>
        <source>Within ±20 %</source>
        <translation>误差在 ±20% 以内</translation>
    </message>
    <message>
        <source>Bias (mean of value − price)</source>
        <translation>偏差（估值 − 成交价 的均值）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原冠军</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新冠军</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Promote challenger…</source>
        <translation>晋升挑战者…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Promotions (the model change log, newest first)</source>
        <translation>晋升记录（模型变更日志，最新在前）</translation>
    </message>
    <message>
        <source>The models could not be read: %1</source>
        <translation>无法读取模型：%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>no sales yet</source>
        <translation>尚无成交</translation>
    </message>
    <message>
        <source>%1%2 %</source>
        <translation>%1%2 %</translation>
    </message>
    <message>
        <source>The challenger values %1 of the assets (the same ones every time) and the champion the rest. Both are judged on %2 realised sale prices of the bank&apos;s own assets: each sold asset&apos;s latest valuation by the model made before the sale day. %3 outside comparables are kept for the reports. The bands are what was measured, not a promise.</source>
        <translation>挑战者模型为 %1 的资产估值（每次都是同一批资产），其余由冠军模型估值。两者均以本行资产的 %2 笔实际成交价评判：取每项已售资产在成交日之前由该模型所做的最近一次估值。另有 %3 笔外部可比成交，供估值报告使用。区间是实测结果，而非承诺。</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Select the challenger to promote.</source>
        <translation>请选择要晋升的挑战者模型。</translation>
    </message>
    <message>
        <source>Make %1 the champion; the champion is retired.</source>
        <translation>将 %1 设为冠军模型；原冠军模型退役。</translation>
    </message>
    <message>
        <source>Promote challenger</source>
        <translation>晋升挑战者</translation>
    </message>
    <message>
        <source>Why should %1 replace %2 as the champion? The reason is kept in the model change log with your name and the time.</source>
        <translation>为什么要由 %1 取代 %2 成为冠军模型？理由将连同您的姓名和时间记入模型变更日志。</translation>
    </message>
    <message>
        <source>%1 was not promoted: %2</source>
        <translation>%1 未能晋升：%2</translation>
    </message>
    <message>
        <source>%1 is the champion now; %2 is retired.</source>
        <translation>%1 现为冠军模型；%2 已退役。</translation>
    </message>
    <message>
        <source>no model</source>
        <translation>无模型</translation>
    </message>
    <message>
        <source>%1 of assets; has valued %2 of %3</source>
        <translation>资产的 %1；已为 %3 项中的 %2 项估值</translation>
    </message>
    <message>
        <source>none now; has valued %1 of %2</source>
        <translation>现已不用；曾为 %2 项中的 %1 项估值</translation>
    </message>
</context>
<context>
    <name>saggar::ui::ValuationReasonsView</name>
    <message>
        <source>Share of the economic life used</source>
        <translation>已用经济寿命比例</translation>
    </message>
    <message>
        <source>Library depreciation curve</source>
        <translation>参数库折旧曲线</translation>
    </message>
    <message>
        <source>Depreciation rate</source>
        <translation>折旧率</translation>
    </message>
    <message>
        <source>Usage against the norm for its age</source>
        <translation>使用量相对同龄标准</translation>
    </message>
    <message>
        <source>Regional factor</source>
        <translation>区域系数</translation>
    </message>
    <message>
        <source>Market index</source>
        <translation>市场指数</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>新机价格</translation>
    </message>
    <message>
        <source>Usage sensitivity</source>
        <translation>使用量敏感度</translation>
    </message>
    <message>
        <source>Days to sell</source>
        <translation>出售天数</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 ×</source>
        <translation>%1 倍</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Why this value</source>
        <translation>估值依据</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>因素</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>On the value</source>
        <translation>对价值的影响</translation>
    </message>
    <message>
        <source>In yuan</source>
        <translation>折合金额</translation>
    </message>
    <message>
        <source>What the model read</source>
        <translation>模型读取的数据</translation>
    </message>
    <message>
        <source>The reasons could not be worked out: %1</source>
        <translation>无法得出估值依据：%1</translation>
    </message>
    <message>
        <source>Age and the library&apos;s depreciation curve</source>
        <translation>车龄/机龄与参数库折旧曲线</translation>
    </message>
    <message>
        <source>Usage against the norm</source>
        <translation>使用强度（相对标准）</translation>
    </message>
    <message>
        <source>Fuel or energy efficiency</source>
        <translation>油耗或能耗效率</translation>
    </message>
    <message>
        <source>Harsh events, idling, staying in the region</source>
        <translation>急加减速、怠速、区域内运行</translation>
    </message>
    <message>
        <source>Wear and maintenance (inspection)</source>
        <translation>磨损与保养（现场检查）</translation>
    </message>
    <message>
        <source>Kiln firing and temperature</source>
        <translation>窑炉烧成与温度</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Second-hand market index</source>
        <translation>二手市场指数</translation>
    </message>
    <message>
        <source>Type, brand and class</source>
        <translation>类型、品牌与级别</translation>
    </message>
    <message>
        <source>Other features</source>
        <translation>其他特征</translation>
    </message>
    <message>
        <source>how its category, brand and class sold in the training history</source>
        <translation>其类别、品牌与级别在训练成交记录中的价格水平</translation>
    </message>
    <message>
        <source>no telemetry for %1: the model uses its default direction</source>
        <translation>无遥测数据（%1）：模型按其缺省方向处理</translation>
    </message>
    <message>
        <source>no signed inspection for %1: the model uses its default direction</source>
        <translation>无已签署的现场检查（%1）：模型按其缺省方向处理</translation>
    </message>
    <message>
        <source>%1 not measured on this kind of asset: the model reads that as part of its type</source>
        <translation>此类资产不测量%1：模型将其视为类型的一部分</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Baseline: over the sales it was trained on, the model starts from %1 of a new unit&apos;s price; for this type (new price %2) that is %3. The factors below move the value from there, largest first, to the fair market value of %4 (%5 against the baseline).</source>
        <translation>基准：按训练所用的成交记录，模型的起点为新机价格的 %1；对此类型（新机价格 %2）即 %3。下列因素按影响大小排列，从基准出发得出公允市场价值 %4（相对基准 %5）。</translation>
    </message>
    <message>
        <source>Each percentage is what that factor alone does to the value; the effects multiply, and the yuan parts add up to the difference from the baseline. They are the model&apos;s own accounting (TreeSHAP contributions), not proof of cause.</source>
        <translation>每个百分比是该因素单独对价值的影响；各影响相乘，折合金额相加等于与基准之差。这是模型自身的分解（TreeSHAP 贡献值），并不证明因果。</translation>
    </message>
    <message>
        <source>+%1 %</source>
        <translation>+%1%</translation>
    </message>
    <message>
        <source>−%1 %</source>
        <translation>−%1%</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>its category</source>
        <translation>其类别</translation>
    </message>
    <message>
        <source>its brand</source>
        <translation>其品牌</translation>
    </message>
    <message>
        <source>its class</source>
        <translation>其级别</translation>
    </message>
    <message>
        <source>no value for %1 (not in the training history): the model uses its default direction</source>
        <translation>%1无取值（训练成交记录中没有）：模型按其缺省方向处理</translation>
    </message>
</context>
<context>
    <name>saggar::ui::ValuationReportDialog</name>
    <message>
        <source>Valuation report</source>
        <translation>估值报告</translation>
    </message>
    <message>
        <source>A PDF of one stored valuation: the asset, the inspection with its photos and signature, the twelve indicators, telemetry charts, the values with their bands, comparable sales and the versions used.</source>
        <translation>一次已保存估值的 PDF：资产、勘查及其照片和签名、十二项指标、遥测图表、各项价值及其区间、可比成交以及所用版本。</translation>
    </message>
    <message>
        <source>#%1 of %2: %3 (model %4)</source>
        <translation>#%1，%2：%3（模型 %4）</translation>
    </message>
    <message>
        <source>Valuation</source>
        <translation>估值</translation>
    </message>
    <message>
        <source>Written in</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <source>Save the valuation report</source>
        <translation>保存估值报告</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>There is no stored valuation to report.</source>
        <translation>没有可出报告的已保存估值。</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>请选择报告的保存位置。</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>无法生成报告：%1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Nothing was saved.</source>
        <translation>无法写入 %1：%2。未保存任何文件。</translation>
    </message>
    <message>
        <source>The stored valuations could not be read: %1</source>
        <translation>无法读取已保存的估值：%1</translation>
    </message>
    <message>
        <source>This asset has no stored valuation yet. Press “Value…” and then “Store valuation”; its report can then be printed.</source>
        <translation>该资产尚无已保存的估值。请先点击“估值…”，再点击“保存估值”，然后即可打印报告。</translation>
    </message>
</context>
</TS>

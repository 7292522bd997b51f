<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>This value is already in use, or someone else changed the record first.</source>
        <translation>该值已被使用，或他人已先行修改了该记录。</translation>
    </message>
    <message>
        <source>Your role is not allowed to do this.</source>
        <translation>您的角色无权执行此操作。</translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation>操作失败。</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>技术细节：%1</translation>
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
        <source>Collateral</source>
        <translation>抵押物</translation>
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
        <source>Documents</source>
        <translation>材料清单</translation>
    </message>
    <message>
        <source>The loan file could not be opened: %1</source>
        <translation>无法打开贷款档案：%1</translation>
    </message>
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
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
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
        <source>Review queue</source>
        <translation>复核队列</translation>
    </message>
    <message>
        <source>Not built yet. Files the risk decision routes to manual review will wait here for a manager, with their reasons and a service-level clock.</source>
        <translation>尚未开发。风险决策转入人工复核的档案将在此等待经理处理，并显示原因和时限计时。</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Not built yet. Early warnings from truck and kiln telemetry (geofence exits, silent trackers, kiln shutdowns) will be worked here.</source>
        <translation>尚未开发。来自货车和窑炉遥测数据的预警（驶出电子围栏、定位终端失联、窑炉停产）将在此处理。</translation>
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
</context>
</TS>

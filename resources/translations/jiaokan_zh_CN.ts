<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../editor/ui/actions.py" line="24"/>
        <source>&amp;Import files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="25"/>
        <source>Import &amp;folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="26"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="27"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="28"/>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="29"/>
        <source>Restore &amp;backup…</source>
        <translation>恢复备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="30"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="31"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="32"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="33"/>
        <source>&amp;Paste as new document</source>
        <translation>粘贴为新文档(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="34"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="35"/>
        <source>Find and rep&amp;lace…</source>
        <translation>查找和替换(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="36"/>
        <source>&amp;Search the store…</source>
        <translation>搜索存储库(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="37"/>
        <source>&amp;Next change</source>
        <translation>下一处修改(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="38"/>
        <source>P&amp;revious change</source>
        <translation>上一处修改(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="39"/>
        <source>Re&amp;vert change</source>
        <translation>还原此处修改(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="40"/>
        <source>&amp;Apply change</source>
        <translation>应用此处修改(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="42"/>
        <source>Re-&amp;decode with another encoding…</source>
        <translation>用其他编码重新解码(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="43"/>
        <source>Issue &amp;metadata…</source>
        <translation>期次信息(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="44"/>
        <source>&amp;Move to issue…</source>
        <translation>移到其他期(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="45"/>
        <source>Mer&amp;ge issues…</source>
        <translation>合并期次(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="46"/>
        <source>Mark as &amp;raw</source>
        <translation>标为原始(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="47"/>
        <source>Mark as &amp;corrected</source>
        <translation>标为已校对(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="48"/>
        <source>Mark as a&amp;nnotated</source>
        <translation>标为已标注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="49"/>
        <source>Mark as re&amp;viewed</source>
        <translation>标为已审定(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="50"/>
        <source>&amp;Clean documents…</source>
        <translation>清理文档(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="51"/>
        <source>Cleanup &amp;profiles…</source>
        <translation>清理方案(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="52"/>
        <source>&amp;Suggest entities in this document</source>
        <translation>为本文档建议实体(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="53"/>
        <source>&amp;Accept all suggestions</source>
        <translation>接受全部建议(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="55"/>
        <source>Re&amp;ject all suggestions</source>
        <translation>拒绝全部建议(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="57"/>
        <source>&amp;Learn from the annotations</source>
        <translation>从标注中学习(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="58"/>
        <source>Next &amp;document</source>
        <translation>下一篇文档(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="59"/>
        <source>Previous d&amp;ocument</source>
        <translation>上一篇文档(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="60"/>
        <source>Document &amp;history</source>
        <translation>文档历史(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="61"/>
        <source>&amp;Link the panes&apos; scrolling</source>
        <translation>联动两栏滚动(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="62"/>
        <source>Colour &amp;legend…</source>
        <translation>颜色图例(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="63"/>
        <source>User &amp;guide</source>
        <translation>使用指南(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="64"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>快捷键(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="65"/>
        <source>&amp;About Jiaokan</source>
        <translation>关于校勘(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="70"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="73"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="77"/>
        <source>&amp;Document</source>
        <translation>文档(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="80"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="83"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="85"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>Annotate</name>
    <message>
        <location filename="../../editor/ui/annotate.py" line="78"/>
        <source>Label:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../../editor/ui/annotate.py" line="189"/>
        <source>Label as</source>
        <translation>标注为</translation>
    </message>
    <message>
        <location filename="../../editor/ui/annotate.py" line="192"/>
        <source>Label all occurrences as</source>
        <translation>全部出现处标注为</translation>
    </message>
    <message>
        <location filename="../../editor/ui/annotate.py" line="203"/>
        <source>Accept suggestion</source>
        <translation>接受建议</translation>
    </message>
    <message>
        <location filename="../../editor/ui/annotate.py" line="204"/>
        <source>Reject suggestion</source>
        <translation>拒绝建议</translation>
    </message>
    <message>
        <location filename="../../editor/ui/annotate.py" line="205"/>
        <source>Relabel as</source>
        <translation>改标为</translation>
    </message>
    <message>
        <location filename="../../editor/ui/annotate.py" line="210"/>
        <source>Delete label</source>
        <translation>删除标注</translation>
    </message>
    <message>
        <location filename="../../editor/ui/annotate.py" line="239"/>
        <location filename="../../editor/ui/annotate.py" line="242"/>
        <source>Label all occurrences</source>
        <translation>标注全部出现处</translation>
    </message>
    <message>
        <location filename="../../editor/ui/annotate.py" line="240"/>
        <source>Every occurrence of “%1” is already %2.</source>
        <translation>“%1”的每一处都已标注为 %2。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/annotate.py" line="243"/>
        <source>Label %1 occurrences of “%2” as %3?</source>
        <translation>将“%2”的 %1 处出现标注为 %3？</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../editor/app.py" line="70"/>
        <source>Restore the latest backup, %1? The damaged store is kept aside.</source>
        <translation>是否恢复最近的备份 %1？损坏的存储库将另行保留。</translation>
    </message>
</context>
<context>
    <name>BackupFeature</name>
    <message>
        <location filename="../../editor/ui/backup_actions.py" line="67"/>
        <location filename="../../editor/ui/backup_actions.py" line="83"/>
        <source>Backup made: %1</source>
        <translation>已备份：%1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/backup_actions.py" line="69"/>
        <source>No backup could be made: %1</source>
        <translation>无法备份：%1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/backup_actions.py" line="70"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../editor/ui/backup_actions.py" line="73"/>
        <source>Back up the store</source>
        <translation>备份存储库</translation>
    </message>
    <message>
        <location filename="../../editor/ui/backup_actions.py" line="81"/>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location filename="../../editor/ui/backup_actions.py" line="98"/>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <location filename="../../editor/ui/backup_actions.py" line="103"/>
        <source>Restored %1; the store as it was is kept as %2</source>
        <translation>已恢复 %1；原来的存储库保留为 %2</translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <location filename="../../editor/ui/changes_panel.py" line="30"/>
        <source>applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <location filename="../../editor/ui/changes_panel.py" line="31"/>
        <source>proposed</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../editor/ui/changes_panel.py" line="32"/>
        <source>reverted</source>
        <translation>已还原</translation>
    </message>
    <message>
        <location filename="../../editor/ui/changes_panel.py" line="33"/>
        <source>stale</source>
        <translation>已失效</translation>
    </message>
    <message>
        <location filename="../../editor/ui/changes_panel.py" line="45"/>
        <source>half-width</source>
        <translation>半角</translation>
    </message>
    <message>
        <location filename="../../editor/ui/changes_panel.py" line="46"/>
        <source>full-width</source>
        <translation>全角</translation>
    </message>
    <message>
        <location filename="../../editor/ui/changes_panel.py" line="99"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../editor/ui/changes_panel.py" line="99"/>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../editor/ui/changes_panel.py" line="103"/>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../../editor/ui/changes_panel.py" line="101"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../editor/ui/changes_panel.py" line="100"/>
        <source>Conf.</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../../editor/ui/changes_panel.py" line="117"/>
        <source>before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../editor/ui/changes_panel.py" line="118"/>
        <source>after</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location filename="../../editor/ui/changes_panel.py" line="183"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../editor/ui/changes_panel.py" line="188"/>
        <source>Only changes at least this confident</source>
        <translation>只显示置信度不低于此值的修改</translation>
    </message>
    <message>
        <location filename="../../editor/ui/changes_panel.py" line="199"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../editor/ui/changes_panel.py" line="200"/>
        <source>Apply the selected proposals (Ctrl+Shift+R)</source>
        <translation>应用所选建议（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/changes_panel.py" line="201"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../../editor/ui/changes_panel.py" line="202"/>
        <source>Put back the raw text of the selected applied changes (Ctrl+R)</source>
        <translation>把所选已应用修改还原为原文（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/changes_panel.py" line="203"/>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../editor/ui/changes_panel.py" line="204"/>
        <source>Decline the selected proposals, leaving the text as it is</source>
        <translation>拒绝所选建议，文本保持不变</translation>
    </message>
    <message>
        <location filename="../../editor/ui/changes_panel.py" line="206"/>
        <source>All…</source>
        <translation>全部…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/changes_panel.py" line="209"/>
        <source>Apply all proposals of this rule</source>
        <translation>应用此规则的全部建议</translation>
    </message>
    <message>
        <location filename="../../editor/ui/changes_panel.py" line="210"/>
        <source>Reject all proposals of this rule</source>
        <translation>拒绝此规则的全部建议</translation>
    </message>
    <message>
        <location filename="../../editor/ui/changes_panel.py" line="212"/>
        <source>Apply all proposals in the document</source>
        <translation>应用本文档的全部建议</translation>
    </message>
    <message>
        <location filename="../../editor/ui/changes_panel.py" line="286"/>
        <source>All rules (%1)</source>
        <translation>全部规则（%1）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/changes_panel.py" line="301"/>
        <source>%1 changes, %2 applied, %3 proposed</source>
        <translation>共 %1 处修改，已应用 %2 处，待定 %3 处</translation>
    </message>
    <message>
        <location filename="../../editor/ui/changes_panel.py" line="304"/>
        <source>%1 shown</source>
        <translation>显示 %1 处</translation>
    </message>
</context>
<context>
    <name>CleanDialog</name>
    <message>
        <location filename="../../editor/ui/clean_dialog.py" line="29"/>
        <source>Clean documents</source>
        <translation>清理文档</translation>
    </message>
    <message>
        <location filename="../../editor/ui/clean_dialog.py" line="39"/>
        <source>Every document is cleaned in its own step: a cancel leaves whole documents. Proposals below a rule&apos;s threshold wait in the Changes panel.</source>
        <translation>每篇文档单独清理：取消后留下的文档都是完整的。低于规则阈值的建议留在“修改”面板中待处理。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/clean_dialog.py" line="43"/>
        <source>&amp;Clean</source>
        <translation>清理(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/clean_dialog.py" line="47"/>
        <source>&amp;Profile:</source>
        <translation>清理方案(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../editor/ui/clean_dialog.py" line="49"/>
        <source>Documents:</source>
        <translation>文档：</translation>
    </message>
    <message>
        <location filename="../../editor/ui/clean_dialog.py" line="60"/>
        <source>Applies proposals from confidence %1</source>
        <translation>置信度达到 %1 的建议将被应用</translation>
    </message>
    <message>
        <location filename="../../editor/ui/clean_dialog.py" line="62"/>
        <source>; rules off: %1</source>
        <translation>；已关闭规则 %1 条</translation>
    </message>
</context>
<context>
    <name>CleanFeature</name>
    <message>
        <location filename="../../editor/ui/clean_dialog.py" line="95"/>
        <location filename="../../editor/ui/clean_dialog.py" line="106"/>
        <source>Clean documents</source>
        <translation>清理文档</translation>
    </message>
    <message>
        <location filename="../../editor/ui/clean_dialog.py" line="97"/>
        <source>Cleaning…</source>
        <translation>正在清理…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/clean_dialog.py" line="99"/>
        <source>Document %1 of %2: %3</source>
        <translation>第 %1 篇文档，共 %2 篇：%3</translation>
    </message>
    <message>
        <location filename="../../editor/ui/clean_dialog.py" line="115"/>
        <source>Cleaning failed</source>
        <translation>清理失败</translation>
    </message>
    <message>
        <location filename="../../editor/ui/clean_dialog.py" line="120"/>
        <source>Cleaned %1 of %2 documents with the profile “%3”: %4 changes proposed, %5 applied.</source>
        <translation>已用清理方案“%3”清理 %2 篇文档中的 %1 篇：建议修改 %4 处，已应用 %5 处。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/clean_dialog.py" line="125"/>
        <source>Cancelled: the documents cleaned are complete, the others untouched.</source>
        <translation>已取消：已清理的文档都是完整的，其余文档未改动。</translation>
    </message>
</context>
<context>
    <name>EncodingLabel</name>
    <message>
        <location filename="../../editor/ui/encoding_label.py" line="19"/>
        <source>Decoded as %1, confidence %2</source>
        <translation>解码为 %1，置信度 %2</translation>
    </message>
    <message>
        <location filename="../../editor/ui/encoding_label.py" line="21"/>
        <source>Repaired: %1</source>
        <translation>已修复：%1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/encoding_label.py" line="23"/>
        <source>%1 odd characters:</source>
        <translation>%1 个异常字符：</translation>
    </message>
</context>
<context>
    <name>Entities</name>
    <message>
        <location filename="../../editor/ui/entities_panel.py" line="46"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../editor/ui/entities_panel.py" line="46"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../editor/ui/entities_panel.py" line="47"/>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../editor/ui/entities_panel.py" line="47"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../editor/ui/entities_panel.py" line="75"/>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/entities_panel.py" line="86"/>
        <source>labelled</source>
        <translation>已标注</translation>
    </message>
    <message>
        <location filename="../../editor/ui/entities_panel.py" line="86"/>
        <source>suggested</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../editor/ui/entities_panel.py" line="87"/>
        <source>orphaned</source>
        <translation>孤立</translation>
    </message>
    <message>
        <location filename="../../editor/ui/entities_panel.py" line="101"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../editor/ui/entities_panel.py" line="102"/>
        <source>Delete the selected span (an orphan once reviewed; a row of one span)</source>
        <translation>删除所选标注（审阅后的孤立标注；仅含一个标注的行）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/entities_panel.py" line="133"/>
        <source>All labels</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../editor/ui/entities_panel.py" line="180"/>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="56"/>
        <location filename="../../editor/ui/export_dialog.py" line="194"/>
        <location filename="../../editor/ui/export_dialog.py" line="197"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="62"/>
        <source>&amp;All issues</source>
        <translation>全部期次(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="68"/>
        <source>Issue formats</source>
        <translation>整期格式</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="68"/>
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="79"/>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="87"/>
        <source>&amp;Mark entities in the text (HTML, TEI)</source>
        <translation>在正文中标出实体（HTML、TEI）(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="93"/>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="96"/>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="100"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="106"/>
        <source>&amp;Issues:</source>
        <translation>期次(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="165"/>
        <source>Export into folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="196"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="196"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="213"/>
        <source>Writing %1</source>
        <translation>正在写入 %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="244"/>
        <source>Files exist</source>
        <translation>文件已存在</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="247"/>
        <source>… and %1 more</source>
        <translation>…… 另有 %1 个</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="248"/>
        <source>These files exist in %1:</source>
        <translation>%1 中已有以下文件：</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="250"/>
        <source>&amp;Overwrite</source>
        <translation>覆盖(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="251"/>
        <source>&amp;Skip existing</source>
        <translation>跳过已有文件(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="264"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="269"/>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="272"/>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="282"/>
        <source>Written: %1, skipped: %2, failed: %3.</source>
        <translation>已写入：%1，已跳过：%2，失败：%3。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="286"/>
        <source>Cancelled: the files written are complete.</source>
        <translation>已取消：已写入的文件都是完整的。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="291"/>
        <source>written</source>
        <translation>已写入</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="292"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="293"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="27"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="28"/>
        <source>Plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="29"/>
        <source>HTML page</source>
        <translation>HTML 网页</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="30"/>
        <source>Word document</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="31"/>
        <source>TEI P5 XML</source>
        <translation>TEI P5 XML</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="32"/>
        <source>Jiaokan JSON (everything)</source>
        <translation>校勘 JSON（全部内容）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="33"/>
        <source>doccano JSONL</source>
        <translation>doccano JSONL</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="34"/>
        <source>Label Studio tasks</source>
        <translation>Label Studio 任务</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="35"/>
        <source>CoNLL BIO (one character per line)</source>
        <translation>CoNLL BIO（每行一个字）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="36"/>
        <source>brat standoff (zip)</source>
        <translation>brat 标注（zip）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="37"/>
        <source>WebAnno TSV 3.3 for INCEpTION (zip)</source>
        <translation>WebAnno TSV 3.3，供 INCEpTION 使用（zip）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="38"/>
        <source>spaCy DocBin</source>
        <translation>spaCy DocBin</translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <location filename="../../editor/ui/find_dialog.py" line="35"/>
        <source>empty: delete the match; \1 or \g&lt;name&gt;: a group</source>
        <translation>留空：删除匹配内容；\1 或 \g&lt;name&gt;：引用分组</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_dialog.py" line="36"/>
        <source>Regular e&amp;xpression</source>
        <translation>正则表达式(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_dialog.py" line="37"/>
        <source>&amp;Whole words</source>
        <translation>全词匹配(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_dialog.py" line="38"/>
        <source>Letters and digits next to the match must not continue it; Chinese characters never do, as Chinese has no spaces between words.</source>
        <translation>匹配内容两侧的字母和数字不得与之相连；汉字之间不分词，因此相邻的汉字从不算相连。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_dialog.py" line="40"/>
        <source>Match &amp;case</source>
        <translation>区分大小写(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_dialog.py" line="44"/>
        <source>Corrected text</source>
        <translation>校对稿</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_dialog.py" line="45"/>
        <source>Raw text (find only)</source>
        <translation>原文（仅查找）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_dialog.py" line="55"/>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_dialog.py" line="56"/>
        <source>Replace &amp;with:</source>
        <translation>替换为(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_dialog.py" line="60"/>
        <source>&amp;In:</source>
        <translation>范围(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_dialog.py" line="81"/>
        <source>Find &amp;all</source>
        <translation>全部查找(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_dialog.py" line="83"/>
        <source>&amp;Replace ticked</source>
        <translation>替换勾选项(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_dialog.py" line="84"/>
        <source>&amp;Save to replacement list…</source>
        <translation>存入替换表(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_dialog.py" line="85"/>
        <source>Tick all</source>
        <translation>全部勾选</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_dialog.py" line="86"/>
        <source>Untick all</source>
        <translation>全部取消勾选</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_dialog.py" line="125"/>
        <source>Find and replace</source>
        <translation>查找和替换</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_dialog.py" line="125"/>
        <location filename="../../editor/ui/find_dialog.py" line="200"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_dialog.py" line="150"/>
        <source>The open document (%1)</source>
        <translation>当前打开的文档（%1）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_dialog.py" line="153"/>
        <source>The selected documents (%1)</source>
        <translation>选中的文档（%1）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_dialog.py" line="157"/>
        <source>Its issue (documents: %1)</source>
        <translation>所在的期次（文档：%1）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_dialog.py" line="158"/>
        <source>All documents (%1)</source>
        <translation>全部文档（%1）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_dialog.py" line="201"/>
        <source>Searching…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_dialog.py" line="221"/>
        <source>Nothing is changed before you see every match.</source>
        <translation>在您看到全部匹配之前，不会修改任何内容。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_dialog.py" line="223"/>
        <source>No match in %1 documents.</source>
        <translation>%1 篇文档中没有匹配。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_dialog.py" line="225"/>
        <source>%1 matches in %2 of %3 documents; %4 ticked.</source>
        <translation>共 %1 处匹配，分布在 %3 篇文档中的 %2 篇；已勾选 %4 处。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_dialog.py" line="243"/>
        <source>Cannot replace</source>
        <translation>无法替换</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_dialog.py" line="245"/>
        <source>Replaced %1; Ctrl+Z undoes them all.</source>
        <translation>已替换 %1 处；按 Ctrl+Z 可一次全部撤销。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_dialog.py" line="253"/>
        <source>Save to replacement list</source>
        <translation>存入替换表</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_dialog.py" line="254"/>
        <source>Add “%1” → “%2” to the replacement list (a new name makes a new list; cleanups then make this replacement):</source>
        <translation>把“%1”→“%2”加入替换表（输入新名称即新建替换表；以后清理时会执行这一替换）：</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_dialog.py" line="257"/>
        <source>My replacements</source>
        <translation>我的替换</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_dialog.py" line="265"/>
        <source>Cannot save the replacement</source>
        <translation>无法保存替换</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_dialog.py" line="271"/>
        <source>Saved in the replacement list “%1”.</source>
        <translation>已存入替换表“%1”。</translation>
    </message>
</context>
<context>
    <name>FindResults</name>
    <message>
        <location filename="../../editor/ui/find_results.py" line="45"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_results.py" line="46"/>
        <source>Match in context</source>
        <translation>匹配及上下文</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_results.py" line="47"/>
        <source>Becomes</source>
        <translation>替换后</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_results.py" line="67"/>
        <source>%1: characters %2–%3</source>
        <translation>%1：第 %2–%3 个字符</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../editor/ui/history_labels.py" line="18"/>
        <source>replacing “%1” by “%2”</source>
        <translation>将“%1”替换为“%2”</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_labels.py" line="20"/>
        <source>typing “%1”</source>
        <translation>输入“%1”</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_labels.py" line="21"/>
        <source>deleting “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_labels.py" line="29"/>
        <source>several rules</source>
        <translation>多条规则</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_labels.py" line="31"/>
        <source>applying a change (%1)</source>
        <translation>应用修改（%1）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_labels.py" line="31"/>
        <source>reverting a change (%1)</source>
        <translation>还原修改（%1）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_labels.py" line="32"/>
        <source>rejecting a proposal (%1)</source>
        <translation>拒绝建议（%1）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_labels.py" line="34"/>
        <source>applying %1 changes (%2)</source>
        <translation>应用 %1 处修改（%2）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_labels.py" line="34"/>
        <source>reverting %1 changes (%2)</source>
        <translation>还原 %1 处修改（%2）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_labels.py" line="35"/>
        <source>rejecting %1 proposals (%2)</source>
        <translation>拒绝 %1 条建议（%2）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_labels.py" line="38"/>
        <source>cleaning %1 documents with “%2”</source>
        <translation>用“%2”清理 %1 篇文档</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_labels.py" line="41"/>
        <source>moving “%1”</source>
        <translation>移动“%1”</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_labels.py" line="42"/>
        <source>moving %1 documents</source>
        <translation>移动 %1 篇文档</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_labels.py" line="44"/>
        <source>merging issues</source>
        <translation>合并期次</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_labels.py" line="46"/>
        <source>editing issue metadata</source>
        <translation>编辑期次信息</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_labels.py" line="53"/>
        <source>marking a document %1</source>
        <translation>将文档标为%1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_labels.py" line="55"/>
        <source>setting the status of %1 documents</source>
        <translation>设置 %1 篇文档的状态</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_labels.py" line="57"/>
        <source>replacing “%1” by “%2” (%3)</source>
        <translation>将“%1”替换为“%2”（%3 处）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_labels.py" line="66"/>
        <source>labelling “%1” %2</source>
        <translation>标注“%1”为 %2</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_labels.py" line="68"/>
        <source>labelling %1 occurrences of “%2” %3</source>
        <translation>将“%2”的 %1 处标注为 %3</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_labels.py" line="71"/>
        <source>relabelling “%1” %2</source>
        <translation>将“%1”改标为 %2</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_labels.py" line="73"/>
        <source>deleting the label of “%1”</source>
        <translation>删除“%1”的标注</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_labels.py" line="75"/>
        <source>accepting %1 suggestions</source>
        <translation>接受 %1 条建议</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_labels.py" line="76"/>
        <source>rejecting %1 suggestions</source>
        <translation>拒绝 %1 条建议</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_labels.py" line="80"/>
        <source>Undo %1</source>
        <translation>撤销 %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_labels.py" line="84"/>
        <source>Redo %1</source>
        <translation>重做 %1</translation>
    </message>
</context>
<context>
    <name>HistoryFeature</name>
    <message>
        <location filename="../../editor/ui/history_panel.py" line="116"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../editor/ui/history_panel.py" line="48"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_panel.py" line="48"/>
        <source>By</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_panel.py" line="48"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_panel.py" line="48"/>
        <source>+ / −</source>
        <translation>+ / −</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_panel.py" line="56"/>
        <source>Restore this revision</source>
        <translation>恢复此版本</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_panel.py" line="83"/>
        <source>cleanup</source>
        <translation>清理</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_panel.py" line="90"/>
        <source>%1 operations</source>
        <translation>共 %1 项操作</translation>
    </message>
    <message>
        <location filename="../../editor/ui/history_panel.py" line="102"/>
        <source>This revision is the current text.</source>
        <translation>此版本即当前文本。</translation>
    </message>
</context>
<context>
    <name>ImportFeature</name>
    <message>
        <location filename="../../editor/ui/import_actions.py" line="43"/>
        <source>Import files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_actions.py" line="44"/>
        <source>Transcriptions (%1);;All files (*)</source>
        <translation>誊录文本 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_actions.py" line="50"/>
        <source>Import folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_actions.py" line="59"/>
        <location filename="../../editor/ui/import_actions.py" line="64"/>
        <source>Paste as new document</source>
        <translation>粘贴为新文档</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_actions.py" line="60"/>
        <source>The clipboard holds no text.</source>
        <translation>剪贴板中没有文本。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_actions.py" line="63"/>
        <source>Pasted %1</source>
        <translation>粘贴于 %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_actions.py" line="65"/>
        <source>Name of the new document:</source>
        <translation>新文档名称：</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_actions.py" line="80"/>
        <location filename="../../editor/ui/import_actions.py" line="82"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_actions.py" line="81"/>
        <source>Looking for files…</source>
        <translation>正在查找文件…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_actions.py" line="81"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_actions.py" line="99"/>
        <source>File %1 of %2: %3</source>
        <translation>第 %1 个文件，共 %2 个：%3</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_actions.py" line="105"/>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../editor/ui/import_summary.py" line="17"/>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_summary.py" line="18"/>
        <source>duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_summary.py" line="19"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_summary.py" line="20"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_summary.py" line="25"/>
        <source>%1 imported, %2 duplicates, %3 skipped, %4 failed</source>
        <translation>已导入 %1 个，重复 %2 个，跳过 %3 个，失败 %4 个</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_summary.py" line="29"/>
        <source> · cancelled after %1 of %2 files</source>
        <translation> · 已在 %2 个文件中的第 %1 个后取消</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_summary.py" line="40"/>
        <source>%1 odd characters</source>
        <translation>%1 个异常字符</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../editor/ui/import_summary.py" line="49"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_summary.py" line="54"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_summary.py" line="54"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_summary.py" line="54"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_summary.py" line="72"/>
        <source>Copy report</source>
        <translation>复制报告</translation>
    </message>
</context>
<context>
    <name>IssueChoiceModel</name>
    <message>
        <location filename="../../editor/ui/issue_choice.py" line="37"/>
        <source>Issue %1</source>
        <translation>期次 %1</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../editor/ui/issue_dialog.py" line="23"/>
        <source>Issue metadata</source>
        <translation>期次信息</translation>
    </message>
    <message>
        <location filename="../../editor/ui/issue_dialog.py" line="28"/>
        <source>e.g. 第11期</source>
        <translation>例如 第11期</translation>
    </message>
    <message>
        <location filename="../../editor/ui/issue_dialog.py" line="30"/>
        <source>2020-03-15, 2020 年 3 月 15 日 or 2020.3.15</source>
        <translation>2020-03-15、2020 年 3 月 15 日或 2020.3.15</translation>
    </message>
    <message>
        <location filename="../../editor/ui/issue_dialog.py" line="33"/>
        <source>e.g. A06</source>
        <translation>例如 A06</translation>
    </message>
    <message>
        <location filename="../../editor/ui/issue_dialog.py" line="36"/>
        <source>Role</source>
        <translation>职责</translation>
    </message>
    <message>
        <location filename="../../editor/ui/issue_dialog.py" line="36"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../editor/ui/issue_dialog.py" line="40"/>
        <source>Add editor</source>
        <translation>添加编辑</translation>
    </message>
    <message>
        <location filename="../../editor/ui/issue_dialog.py" line="40"/>
        <source>Remove editor</source>
        <translation>删除编辑</translation>
    </message>
    <message>
        <location filename="../../editor/ui/issue_dialog.py" line="50"/>
        <source>Publication:</source>
        <translation>报刊名称：</translation>
    </message>
    <message>
        <location filename="../../editor/ui/issue_dialog.py" line="51"/>
        <source>Issue label:</source>
        <translation>期号：</translation>
    </message>
    <message>
        <location filename="../../editor/ui/issue_dialog.py" line="55"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../editor/ui/issue_dialog.py" line="56"/>
        <source>Page:</source>
        <translation>版次：</translation>
    </message>
    <message>
        <location filename="../../editor/ui/issue_dialog.py" line="62"/>
        <source>Suggest from the document</source>
        <translation>从文档中识别</translation>
    </message>
    <message>
        <location filename="../../editor/ui/issue_dialog.py" line="70"/>
        <source>Page editors:</source>
        <translation>版面编辑：</translation>
    </message>
    <message>
        <location filename="../../editor/ui/issue_dialog.py" line="73"/>
        <source>Furniture lines (from the text, read-only):</source>
        <translation>版面信息行（取自正文，只读）：</translation>
    </message>
    <message>
        <location filename="../../editor/ui/issue_dialog.py" line="106"/>
        <source>not a date</source>
        <translation>不是日期</translation>
    </message>
</context>
<context>
    <name>IssuePicker</name>
    <message>
        <location filename="../../editor/ui/issue_actions.py" line="25"/>
        <source>1 document</source>
        <translation>1 篇文档</translation>
    </message>
    <message>
        <location filename="../../editor/ui/issue_actions.py" line="26"/>
        <source>%1 documents</source>
        <translation>%1 篇文档</translation>
    </message>
    <message>
        <location filename="../../editor/ui/issue_actions.py" line="42"/>
        <source>New issue</source>
        <translation>新建一期</translation>
    </message>
    <message>
        <location filename="../../editor/ui/issue_actions.py" line="97"/>
        <source>Move to issue</source>
        <translation>移到其他期</translation>
    </message>
    <message>
        <location filename="../../editor/ui/issue_actions.py" line="98"/>
        <source>Move “%1” to:</source>
        <translation>将“%1”移到：</translation>
    </message>
    <message>
        <location filename="../../editor/ui/issue_actions.py" line="99"/>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <location filename="../../editor/ui/issue_actions.py" line="117"/>
        <source>The documents of the issue you pick join “%1” after its own, and the issue you pick is removed. “%1” keeps its metadata.</source>
        <translation>所选一期的文档将排在“%1”原有文档之后，所选的一期随即删除；“%1”保留其期次信息。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/issue_actions.py" line="120"/>
        <source>Merge issues</source>
        <translation>合并期次</translation>
    </message>
    <message>
        <location filename="../../editor/ui/issue_actions.py" line="121"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
</context>
<context>
    <name>IssueTree</name>
    <message>
        <location filename="../../editor/ui/tree_model.py" line="29"/>
        <source>raw</source>
        <translation>原始</translation>
    </message>
    <message>
        <location filename="../../editor/ui/tree_model.py" line="29"/>
        <source>corrected</source>
        <translation>已校对</translation>
    </message>
    <message>
        <location filename="../../editor/ui/tree_model.py" line="29"/>
        <source>annotated</source>
        <translation>已标注</translation>
    </message>
    <message>
        <location filename="../../editor/ui/tree_model.py" line="30"/>
        <source>reviewed</source>
        <translation>已审定</translation>
    </message>
    <message>
        <location filename="../../editor/ui/tree_model.py" line="63"/>
        <location filename="../../editor/ui/issue_actions.py" line="20"/>
        <source>Undated issue</source>
        <translation>未注明日期的一期</translation>
    </message>
    <message>
        <location filename="../../editor/ui/tree_model.py" line="68"/>
        <source>Undated: %1 · imported %2</source>
        <translation>无日期：%1 · 导入于 %2</translation>
    </message>
    <message>
        <location filename="../../editor/ui/tree_model.py" line="80"/>
        <location filename="../../editor/ui/issue_actions.py" line="24"/>
        <source>Unknown publication</source>
        <translation>未知报刊</translation>
    </message>
    <message>
        <location filename="../../editor/ui/tree_model.py" line="129"/>
        <source>Issue / document</source>
        <translation>期次 / 文档</translation>
    </message>
    <message>
        <location filename="../../editor/ui/tree_model.py" line="129"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../editor/ui/tree_model.py" line="153"/>
        <source>This issue has no label or date yet: it is named by its first document and when that was imported. Document &gt; Issue metadata (Ctrl+I) gives it a date.</source>
        <translation>这一期还没有期号或日期：以它的第一篇文档和导入时间命名。可用“文档 &gt; 期次信息”（Ctrl+I）填写日期。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/tree_model.py" line="214"/>
        <source>%1/%2 reviewed</source>
        <translation>%1/%2 已审定</translation>
    </message>
    <message>
        <location filename="../../editor/ui/tree_model.py" line="222"/>
        <source>%1 of %2 documents reviewed by an editor.</source>
        <translation>%2 篇文档中有 %1 篇已由编辑审定。</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../editor/ui/highlight.py" line="35"/>
        <source>written by a cleanup rule</source>
        <translation>由清理规则写入</translation>
    </message>
    <message>
        <location filename="../../editor/ui/highlight.py" line="36"/>
        <source>typed or deleted by the editor</source>
        <translation>由编辑输入或删除</translation>
    </message>
    <message>
        <location filename="../../editor/ui/highlight.py" line="37"/>
        <source>a proposal waiting for a decision</source>
        <translation>等待决定的建议</translation>
    </message>
    <message>
        <location filename="../../editor/ui/highlight.py" line="38"/>
        <source>raw text a rule replaced or removed</source>
        <translation>被规则替换或删除的原文</translation>
    </message>
    <message>
        <location filename="../../editor/ui/highlight.py" line="52"/>
        <source>A thin bar marks a place where text was deleted.</source>
        <translation>细竖线标出文字被删除的位置。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../editor/ui/main_window.py" line="42"/>
        <source>Jiaokan — Chinese transcription workbench</source>
        <translation>校勘 — 中文誊录校对工作台</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="72"/>
        <source>Changes</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="73"/>
        <source>Review</source>
        <translation>审校</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="414"/>
        <source>Unsaved edits</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="421"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="422"/>
        <source>Close without saving</source>
        <translation>不保存并关闭</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="200"/>
        <source>About Jiaokan</source>
        <translation>关于校勘</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="190"/>
        <source>Colour legend</source>
        <translation>颜色图例</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="197"/>
        <source>Jiaokan %1: a workbench for correcting, annotating and exporting Chinese newspaper transcriptions.</source>
        <translation>校勘 %1：用于校对、标注和导出中文报刊誊录文本的工作台。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="278"/>
        <source>⚠ not saved</source>
        <translation>⚠ 未保存</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="283"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="284"/>
        <source>unsaved edits</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="370"/>
        <source>Store: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="371"/>
        <source>Publications: %1 · issues: %2 · documents: %3</source>
        <translation>%1 种报刊 · %2 期 · %3 篇文档</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="416"/>
        <source>Your last edits to “%1” could not be saved.</source>
        <translation>对“%1”的最近修改无法保存。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="419"/>
        <source>Retry, or close and lose them?</source>
        <translation>重试，还是关闭并丢弃这些修改？</translation>
    </message>
</context>
<context>
    <name>Panes</name>
    <message>
        <location filename="../../editor/ui/encoding_label.py" line="14"/>
        <location filename="../../editor/ui/panes.py" line="86"/>
        <source>Raw (read-only)</source>
        <translation>原文（只读）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/panes.py" line="87"/>
        <source>Corrected</source>
        <translation>校对稿</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <location filename="../../editor/ui/profile_editor.py" line="36"/>
        <source>Proposals at or above this confidence are applied; the others wait in the Changes panel for the editor.</source>
        <translation>置信度达到此值的建议会被应用；其余建议留在“修改”面板中由编辑处理。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/profile_editor.py" line="39"/>
        <source>&amp;Learn from the editor&apos;s earlier decisions</source>
        <translation>从编辑此前的决定中学习(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/profile_editor.py" line="41"/>
        <source>Proposals the editor accepted or rejected in this publication raise or lower the confidence of the same pattern next time.</source>
        <translation>编辑在本报刊中接受或拒绝过的建议，会提高或降低下次同类修改的置信度。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/profile_editor.py" line="47"/>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../editor/ui/profile_editor.py" line="47"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../editor/ui/profile_editor.py" line="47"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../editor/ui/profile_editor.py" line="48"/>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location filename="../../editor/ui/profile_editor.py" line="59"/>
        <source>Run this rule</source>
        <translation>运行此规则</translation>
    </message>
    <message>
        <location filename="../../editor/ui/profile_editor.py" line="71"/>
        <source>Apply this rule&apos;s proposals from this confidence; at the bottom of the range it follows the profile.</source>
        <translation>此规则的建议达到此置信度即应用；调到最低处则沿用清理方案的阈值。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/profile_editor.py" line="78"/>
        <source>Apply proposals from &amp;confidence:</source>
        <translation>建议的应用置信度(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../editor/ui/profile_editor.py" line="85"/>
        <source>Rules run from top to bottom, each on the text the rules above it left.</source>
        <translation>规则自上而下运行，每条规则处理上方规则留下的文本。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/profile_editor.py" line="119"/>
        <source>profile (%1)</source>
        <translation>沿用方案（%1）</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <location filename="../../editor/ui/profiles_dialog.py" line="39"/>
        <source>Cleanup profiles</source>
        <translation>清理方案</translation>
    </message>
    <message>
        <location filename="../../editor/ui/profiles_dialog.py" line="49"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/profiles_dialog.py" line="50"/>
        <source>A new profile, starting as a copy of the one shown</source>
        <translation>新建清理方案，以当前显示的方案为副本</translation>
    </message>
    <message>
        <location filename="../../editor/ui/profiles_dialog.py" line="51"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/profiles_dialog.py" line="52"/>
        <source>Restore &amp;built-in</source>
        <translation>恢复内置设置(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/profiles_dialog.py" line="53"/>
        <source>Bring back the settings this profile came with</source>
        <translation>恢复此方案自带的设置</translation>
    </message>
    <message>
        <location filename="../../editor/ui/profiles_dialog.py" line="63"/>
        <source>Imports and re-decodings clean new text with this profile</source>
        <translation>导入和重新解码时用此方案清理新文本</translation>
    </message>
    <message>
        <location filename="../../editor/ui/profiles_dialog.py" line="65"/>
        <source>Clean &amp;imported documents with:</source>
        <translation>导入文档的清理方案(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../editor/ui/profiles_dialog.py" line="85"/>
        <source>Profiles</source>
        <translation>清理方案</translation>
    </message>
    <message>
        <location filename="../../editor/ui/profiles_dialog.py" line="86"/>
        <source>Replacement lists</source>
        <translation>替换表</translation>
    </message>
    <message>
        <location filename="../../editor/ui/profiles_dialog.py" line="109"/>
        <source>%1 (built-in, changed)</source>
        <translation>%1（内置，已修改）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/profiles_dialog.py" line="110"/>
        <source>%1 (built-in)</source>
        <translation>%1（内置）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/profiles_dialog.py" line="175"/>
        <source>New cleanup profile</source>
        <translation>新建清理方案</translation>
    </message>
    <message>
        <location filename="../../editor/ui/profiles_dialog.py" line="176"/>
        <source>Name of the new profile (a copy of “%1”):</source>
        <translation>新方案名称（复制自“%1”）：</translation>
    </message>
    <message>
        <location filename="../../editor/ui/profiles_dialog.py" line="178"/>
        <source>A profile named “%1” exists already.</source>
        <translation>已有名为“%1”的清理方案。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/profiles_dialog.py" line="200"/>
        <source>Not saved. %1</source>
        <translation>未保存。%1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/profiles_dialog.py" line="216"/>
        <source>Dry run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <location filename="../../editor/ui/profiles_dialog.py" line="216"/>
        <source>Counting matches…</source>
        <translation>正在统计匹配…</translation>
    </message>
</context>
<context>
    <name>RedecodeDialog</name>
    <message>
        <location filename="../../editor/ui/redecode_dialog.py" line="28"/>
        <location filename="../../editor/ui/redecode_dialog.py" line="172"/>
        <source>Re-decode with another encoding</source>
        <translation>用其他编码重新解码</translation>
    </message>
    <message>
        <location filename="../../editor/ui/redecode_dialog.py" line="38"/>
        <source>e.g. gb18030, big5hkscs, utf-16-le</source>
        <translation>例如 gb18030、big5hkscs、utf-16-le</translation>
    </message>
    <message>
        <location filename="../../editor/ui/redecode_dialog.py" line="49"/>
        <source>Readings of the stored bytes:</source>
        <translation>原始字节的可能解读：</translation>
    </message>
    <message>
        <location filename="../../editor/ui/redecode_dialog.py" line="52"/>
        <source>Other encoding:</source>
        <translation>其他编码：</translation>
    </message>
    <message>
        <location filename="../../editor/ui/redecode_dialog.py" line="54"/>
        <source>Decodings so far:</source>
        <translation>已有的解码：</translation>
    </message>
    <message>
        <location filename="../../editor/ui/redecode_dialog.py" line="59"/>
        <source>Preview:</source>
        <translation>预览：</translation>
    </message>
    <message>
        <location filename="../../editor/ui/redecode_dialog.py" line="68"/>
        <source>Re-decode</source>
        <translation>重新解码</translation>
    </message>
    <message>
        <location filename="../../editor/ui/redecode_dialog.py" line="71"/>
        <source>Now decoded as %1, confidence %2.</source>
        <translation>当前解码为 %1，置信度 %2。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/redecode_dialog.py" line="87"/>
        <source>repaired</source>
        <translation>已修复</translation>
    </message>
    <message>
        <location filename="../../editor/ui/redecode_dialog.py" line="89"/>
        <source>current</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../editor/ui/redecode_dialog.py" line="96"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../editor/ui/redecode_dialog.py" line="96"/>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../editor/ui/redecode_dialog.py" line="96"/>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../editor/ui/redecode_dialog.py" line="96"/>
        <source>Edits</source>
        <translation>编辑数</translation>
    </message>
    <message>
        <location filename="../../editor/ui/redecode_dialog.py" line="100"/>
        <source>detected</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../editor/ui/redecode_dialog.py" line="100"/>
        <source>chosen</source>
        <translation>手动选择</translation>
    </message>
    <message>
        <location filename="../../editor/ui/redecode_dialog.py" line="134"/>
        <source>%1 odd characters: %2</source>
        <translation>%1 个异常字符：%2</translation>
    </message>
    <message>
        <location filename="../../editor/ui/redecode_dialog.py" line="138"/>
        <source>This is the text the document has now.</source>
        <translation>这就是文档当前的文本。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/redecode_dialog.py" line="162"/>
        <source>Cannot re-decode</source>
        <translation>无法重新解码</translation>
    </message>
</context>
<context>
    <name>ReplacementEditor</name>
    <message>
        <location filename="../../editor/ui/replacement_editor.py" line="31"/>
        <source>List “%1”, row %2: the pattern “%3” is not a valid regular expression (%4).</source>
        <translation>替换表“%1”第 %2 行：模式“%3”不是有效的正则表达式（%4）。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/replacement_editor.py" line="35"/>
        <source>List “%1”, row %2: the replacement “%3” does not fit the pattern “%4” (%5).</source>
        <translation>替换表“%1”第 %2 行：替换内容“%3”与模式“%4”不符（%5）。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/replacement_editor.py" line="39"/>
        <source>Two replacement lists are named “%1”.</source>
        <translation>有两个替换表都名为“%1”。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/replacement_editor.py" line="42"/>
        <source>A replacement list needs a name.</source>
        <translation>替换表需要名称。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/replacement_editor.py" line="62"/>
        <source>&amp;New list…</source>
        <translation>新建替换表(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/replacement_editor.py" line="63"/>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/replacement_editor.py" line="64"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/replacement_editor.py" line="69"/>
        <source>Lists (ticked: on)</source>
        <translation>替换表（勾选即启用）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/replacement_editor.py" line="73"/>
        <source>Pattern</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../../editor/ui/replacement_editor.py" line="73"/>
        <source>Replacement</source>
        <translation>替换为</translation>
    </message>
    <message>
        <location filename="../../editor/ui/replacement_editor.py" line="73"/>
        <source>Regex</source>
        <translation>正则</translation>
    </message>
    <message>
        <location filename="../../editor/ui/replacement_editor.py" line="74"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../editor/ui/replacement_editor.py" line="80"/>
        <source>&amp;Add row</source>
        <translation>添加行(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/replacement_editor.py" line="81"/>
        <source>&amp;Remove rows</source>
        <translation>删除行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/replacement_editor.py" line="90"/>
        <source>Rows (the earlier row wins where matches overlap)</source>
        <translation>替换规则（匹配重叠时前面的行优先）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/replacement_editor.py" line="100"/>
        <source>D&amp;ry run</source>
        <translation>试运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/replacement_editor.py" line="102"/>
        <source>Count what every list, on or off, would replace in the current text of these documents. Nothing is changed or saved.</source>
        <translation>统计每个替换表（无论是否启用）在这些文档当前文本中会替换多少处。不会修改或保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/replacement_editor.py" line="109"/>
        <source>Dry run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <location filename="../../editor/ui/replacement_editor.py" line="118"/>
        <source>The lists run after all other rules, in the order of their names; where their matches overlap, the earlier list wins.</source>
        <translation>替换表在所有其他规则之后按名称顺序运行；匹配重叠时排在前面的替换表优先。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/replacement_editor.py" line="181"/>
        <source>New replacement list</source>
        <translation>新建替换表</translation>
    </message>
    <message>
        <location filename="../../editor/ui/replacement_editor.py" line="181"/>
        <source>Name of the list:</source>
        <translation>替换表名称：</translation>
    </message>
    <message>
        <location filename="../../editor/ui/replacement_editor.py" line="183"/>
        <location filename="../../editor/ui/replacement_editor.py" line="192"/>
        <source>A list named “%1” exists already.</source>
        <translation>已有名为“%1”的替换表。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/replacement_editor.py" line="190"/>
        <source>Rename replacement list</source>
        <translation>重命名替换表</translation>
    </message>
    <message>
        <location filename="../../editor/ui/replacement_editor.py" line="190"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../editor/ui/replacement_editor.py" line="323"/>
        <source>Searched %1 document(s), %2 with matches. Replacements per list:</source>
        <translation>已检查 %1 篇文档，其中 %2 篇有匹配。各替换表的替换次数：</translation>
    </message>
    <message>
        <location filename="../../editor/ui/replacement_editor.py" line="325"/>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../editor/ui/backup_actions.py" line="18"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../editor/ui/backup_actions.py" line="23"/>
        <source>Made</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../editor/ui/backup_actions.py" line="23"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../editor/ui/backup_actions.py" line="23"/>
        <source>Issues</source>
        <translation>期次</translation>
    </message>
    <message>
        <location filename="../../editor/ui/backup_actions.py" line="24"/>
        <source>Edits</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../editor/ui/backup_actions.py" line="24"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../editor/ui/backup_actions.py" line="39"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../editor/ui/backup_actions.py" line="43"/>
        <source>The store as it is now is kept aside beside it before the backup replaces it.</source>
        <translation>备份替换存储库之前，当前的存储库会另行保留在旁边。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/backup_actions.py" line="44"/>
        <source>There is no backup of this store yet.</source>
        <translation>此存储库还没有备份。</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../editor/ui/rule_names.py" line="15"/>
        <source>Markdown marks</source>
        <translation>Markdown 标记</translation>
    </message>
    <message>
        <location filename="../../editor/ui/rule_names.py" line="16"/>
        <source>Removes Markdown heading, bold, rule and bullet marks, keeping their layout role.</source>
        <translation>删除 Markdown 的标题、粗体、分隔线和列表符号，保留其版面作用。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/rule_names.py" line="17"/>
        <source>Doubled glyphs</source>
        <translation>重复字形</translation>
    </message>
    <message>
        <location filename="../../editor/ui/rule_names.py" line="18"/>
        <source>Text runs emitted twice by PDF bold rendering (星期一星期一 -&gt; 星期一).</source>
        <translation>PDF 粗体渲染输出两遍的文字（星期一星期一 -&gt; 星期一）。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/rule_names.py" line="19"/>
        <source>Traditional to simplified</source>
        <translation>繁体转简体</translation>
    </message>
    <message>
        <location filename="../../editor/ui/rule_names.py" line="20"/>
        <source>A predominantly traditional transcription converted to mainland simplified forms.</source>
        <translation>以繁体为主的转录文本转换为大陆简体字形。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/rule_names.py" line="21"/>
        <source>Page furniture</source>
        <translation>版面附属信息</translation>
    </message>
    <message>
        <location filename="../../editor/ui/rule_names.py" line="22"/>
        <source>Moves page numbers, date lines, editor credits and mastheads into the issue metadata.</source>
        <translation>将页码、日期行、编辑署名和报头移入期次信息。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/rule_names.py" line="23"/>
        <source>Web and layout noise</source>
        <translation>网页与版面噪声</translation>
    </message>
    <message>
        <location filename="../../editor/ui/rule_names.py" line="24"/>
        <source>Removes share widgets, site chrome, repeated headlines above photos and stray numbers.</source>
        <translation>删除分享按钮、网站框架文字、图片上方重复的标题和零散数字。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/rule_names.py" line="25"/>
        <source>Full-width digits and letters</source>
        <translation>全角数字和字母</translation>
    </message>
    <message>
        <location filename="../../editor/ui/rule_names.py" line="26"/>
        <source>Full-width digits and Latin letters set half-width (１９９７ -&gt; 1997).</source>
        <translation>全角数字和拉丁字母改为半角（１９９７ -&gt; 1997）。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/rule_names.py" line="27"/>
        <source>Straight quotes</source>
        <translation>直引号</translation>
    </message>
    <message>
        <location filename="../../editor/ui/rule_names.py" line="28"/>
        <source>Straight quotes in Chinese text replaced by paired curly quotes.</source>
        <translation>中文文本中的直引号改为成对的弯引号。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/rule_names.py" line="29"/>
        <source>Punctuation width</source>
        <translation>标点全半角</translation>
    </message>
    <message>
        <location filename="../../editor/ui/rule_names.py" line="30"/>
        <source>Half-width punctuation in Chinese text set full-width, with Chinese dashes and ellipses.</source>
        <translation>中文文本中的半角标点改为全角，破折号和省略号改为中文形式。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/rule_names.py" line="31"/>
        <source>Spaces in Chinese text</source>
        <translation>中文文本中的空格</translation>
    </message>
    <message>
        <location filename="../../editor/ui/rule_names.py" line="32"/>
        <source>Spaces that extraction put inside Chinese text removed; layout separators kept.</source>
        <translation>删除提取时插入中文文本的空格；保留版面分隔用的空格。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/rule_names.py" line="33"/>
        <source>Stripped quotation marks</source>
        <translation>丢失的引号</translation>
    </message>
    <message>
        <location filename="../../editor/ui/rule_names.py" line="34"/>
        <source>Terms left between spaces where quotation marks were stripped, proposed as “…”.</source>
        <translation>引号丢失后夹在空格之间的词语，建议加上“…”。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/rule_names.py" line="35"/>
        <source>Stray English words</source>
        <translation>夹杂的英文词</translation>
    </message>
    <message>
        <location filename="../../editor/ui/rule_names.py" line="36"/>
        <source>English function words between Chinese words replaced by their Chinese counterparts.</source>
        <translation>中文词语之间的英文虚词替换为对应的中文。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/rule_names.py" line="37"/>
        <source>Doubled characters</source>
        <translation>重复的字</translation>
    </message>
    <message>
        <location filename="../../editor/ui/rule_names.py" line="38"/>
        <source>A character typed twice where Chinese has it once (从从严 -&gt; 从严).</source>
        <translation>中文里只应出现一次却打了两遍的字（从从严 -&gt; 从严）。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/rule_names.py" line="39"/>
        <source>OCR look-alike characters</source>
        <translation>形近字（OCR 误识）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/rule_names.py" line="40"/>
        <source>A character OCR read as one that looks like it, where the lexicon expects the other (己经 -&gt; 已经).</source>
        <translation>OCR 把字认成了形状相近的另一个字，而词典要的是原字（己经 -&gt; 已经）。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/rule_names.py" line="41"/>
        <source>Hard-wrapped columns</source>
        <translation>硬换行的分栏</translation>
    </message>
    <message>
        <location filename="../../editor/ui/rule_names.py" line="42"/>
        <source>Unwraps runs of short column lines into whole paragraphs.</source>
        <translation>将连续的分栏短行合并为完整段落。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/rule_names.py" line="43"/>
        <source>Captions inside a sentence</source>
        <translation>句中插入的图片说明</translation>
    </message>
    <message>
        <location filename="../../editor/ui/rule_names.py" line="44"/>
        <source>Joins a sentence a photo caption interrupts and moves the caption after the paragraph.</source>
        <translation>接合被图片说明打断的句子，并将图片说明移到段落之后。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/rule_names.py" line="45"/>
        <source>Broken paragraphs</source>
        <translation>断开的段落</translation>
    </message>
    <message>
        <location filename="../../editor/ui/rule_names.py" line="46"/>
        <source>Joins paragraphs that a page or column break cut in the middle of a sentence.</source>
        <translation>接合因换页或换栏在句中断开的段落。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/rule_names.py" line="47"/>
        <source>Block layout</source>
        <translation>分块版式</translation>
    </message>
    <message>
        <location filename="../../editor/ui/rule_names.py" line="48"/>
        <source>One block per line and one blank line between articles.</source>
        <translation>每块一行，文章之间空一行。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/rule_names.py" line="49"/>
        <source>Replacement lists</source>
        <translation>替换表</translation>
    </message>
    <message>
        <location filename="../../editor/ui/rule_names.py" line="50"/>
        <source>The user&apos;s own replacement lists, literal or regular expressions.</source>
        <translation>用户自己的替换表，可用字面文本或正则表达式。</translation>
    </message>
</context>
<context>
    <name>ScopeChoice</name>
    <message>
        <location filename="../../editor/ui/scope.py" line="23"/>
        <source>The selected &amp;document (%1)</source>
        <translation>选中的文档(&amp;D)（%1）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/scope.py" line="24"/>
        <source>The selected &amp;document</source>
        <translation>选中的文档(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/scope.py" line="25"/>
        <source>Its &amp;issue (documents: %1)</source>
        <translation>所在的期次(&amp;I)（文档：%1）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/scope.py" line="26"/>
        <source>&amp;All documents (%1)</source>
        <translation>全部文档(&amp;A)（%1）</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <location filename="../../editor/ui/screenshot.py" line="45"/>
        <source>no CJK font found: Chinese text renders as boxes. Install one, e.g. sudo apt-get install fonts-wqy-microhei</source>
        <translation>未找到中文字体：中文将显示为方框。请安装一种中文字体，例如 sudo apt-get install fonts-wqy-microhei</translation>
    </message>
</context>
<context>
    <name>SearchFeature</name>
    <message>
        <location filename="../../editor/ui/search_panel.py" line="126"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../editor/ui/search_panel.py" line="50"/>
        <source>Search the store, e.g. 复工 or label:PER 龚建华</source>
        <translation>搜索存储库，例如 复工 或 label:PER 龚建华</translation>
    </message>
    <message>
        <location filename="../../editor/ui/search_panel.py" line="52"/>
        <source>corrected text</source>
        <translation>校对稿</translation>
    </message>
    <message>
        <location filename="../../editor/ui/search_panel.py" line="52"/>
        <source>raw text</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../editor/ui/search_panel.py" line="53"/>
        <source>entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../../editor/ui/search_panel.py" line="56"/>
        <source>all issues</source>
        <translation>全部期次</translation>
    </message>
    <message>
        <location filename="../../editor/ui/search_panel.py" line="57"/>
        <source>this issue</source>
        <translation>本期</translation>
    </message>
    <message>
        <location filename="../../editor/ui/search_panel.py" line="85"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/search_panel.py" line="90"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../editor/ui/search_panel.py" line="96"/>
        <source>%1 hits in %2 documents for “%3”</source>
        <translation>“%3”在 %2 篇文档中共 %1 处</translation>
    </message>
    <message>
        <location filename="../../editor/ui/search_panel.py" line="98"/>
        <source>Nothing found for “%1”</source>
        <translation>未找到“%1”</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../editor/ui/session.py" line="205"/>
        <source>The store is busy (another program is writing): your last %1 edits are not saved yet; they are kept and saving is tried again.</source>
        <translation>存储库正忙（另一个程序正在写入）：最近的 %1 处修改尚未保存；修改已保留，将自动重试保存。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/session.py" line="209"/>
        <source>Not saved: %1. Your last %2 edits are kept in the pane; copy them before you close.</source>
        <translation>未保存：%1。最近的 %2 处修改仍保留在窗格中；关闭前请先复制。</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../editor/ui/shortcuts_dialog.py" line="46"/>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shortcuts_dialog.py" line="46"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shortcuts_dialog.py" line="47"/>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shortcuts_dialog.py" line="48"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../editor/ui/shortcuts_dialog.py" line="92"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shortcuts_dialog.py" line="107"/>
        <source>&amp;Set</source>
        <translation>设定(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shortcuts_dialog.py" line="108"/>
        <source>&amp;No shortcut</source>
        <translation>不用快捷键(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shortcuts_dialog.py" line="109"/>
        <source>&amp;Default</source>
        <translation>恢复默认(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shortcuts_dialog.py" line="110"/>
        <source>Pick an action, press the new keys, then Set.</source>
        <translation>选择一项操作，按下新的快捷键，然后点“设定”。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shortcuts_dialog.py" line="113"/>
        <source>New shortcut:</source>
        <translation>新快捷键：</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shortcuts_dialog.py" line="148"/>
        <location filename="../../editor/ui/shortcuts_dialog.py" line="173"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shortcuts_dialog.py" line="152"/>
        <source>Not changed.</source>
        <translation>未更改。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shortcuts_dialog.py" line="153"/>
        <source>%1 is already the shortcut of “%2”. Give that action another shortcut first.</source>
        <translation>%1 已是“%2”的快捷键。请先给那项操作换一个快捷键。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/shortcuts_dialog.py" line="156"/>
        <source>Shortcut taken</source>
        <translation>快捷键已被占用</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../editor/ui/status_actions.py" line="24"/>
        <source>Proofreading status</source>
        <translation>校对状态</translation>
    </message>
</context>
<context>
    <name>SuggestFeature</name>
    <message>
        <location filename="../../editor/ui/suggest_actions.py" line="33"/>
        <source>Suggest entities</source>
        <translation>建议实体</translation>
    </message>
    <message>
        <location filename="../../editor/ui/suggest_actions.py" line="34"/>
        <source>Looking for names, places, organizations, dates and amounts…</source>
        <translation>正在查找人名、地名、机构、日期和数额…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/suggest_actions.py" line="43"/>
        <source>%1 suggestions, drawn dashed; accept or reject them from the pane&apos;s context menu</source>
        <translation>%1 条建议，以虚线显示；可在窗格的右键菜单中接受或拒绝</translation>
    </message>
    <message>
        <location filename="../../editor/ui/suggest_actions.py" line="55"/>
        <location filename="../../editor/ui/suggest_actions.py" line="63"/>
        <source>Learn from the annotations</source>
        <translation>从标注中学习</translation>
    </message>
    <message>
        <location filename="../../editor/ui/suggest_actions.py" line="56"/>
        <source>Training the suggester on the store&apos;s accepted spans…</source>
        <translation>正在用存储库中已接受的标注训练建议器…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/suggest_actions.py" line="58"/>
        <source>Learning: %1 of %2</source>
        <translation>学习中：%1 / %2</translation>
    </message>
    <message>
        <location filename="../../editor/ui/suggest_actions.py" line="64"/>
        <source>Learned from %1 sentences with %2 spans (%3) in %4 s. The next suggestions use it.</source>
        <translation>已从 %1 个句子、%2 个标注（%3）中学习，用时 %4 秒。之后的建议将使用它。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/suggest_actions.py" line="69"/>
        <source>Suggestions</source>
        <translation>建议</translation>
    </message>
</context>
<context>
    <name>TeachBar</name>
    <message>
        <location filename="../../editor/ui/teach_bar.py" line="39"/>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/teach_bar.py" line="42"/>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <location filename="../../editor/ui/teach_bar.py" line="58"/>
        <source>You applied several “%1” proposals. Apply the %2 still waiting too?</source>
        <translation>您已应用多条“%1”建议。是否也应用其余 %2 条？</translation>
    </message>
    <message>
        <location filename="../../editor/ui/teach_bar.py" line="59"/>
        <source>You rejected several “%1” proposals. Reject the %2 still waiting too?</source>
        <translation>您已拒绝多条“%1”建议。是否也拒绝其余 %2 条？</translation>
    </message>
    <message>
        <location filename="../../editor/ui/teach_bar.py" line="75"/>
        <source>Apply the same decision</source>
        <translation>做出相同的决定</translation>
    </message>
    <message>
        <location filename="../../editor/ui/teach_bar.py" line="86"/>
        <source>Apply ticked</source>
        <translation>应用已勾选项</translation>
    </message>
    <message>
        <location filename="../../editor/ui/teach_bar.py" line="87"/>
        <source>Reject ticked</source>
        <translation>拒绝已勾选项</translation>
    </message>
    <message>
        <location filename="../../editor/ui/teach_bar.py" line="91"/>
        <source>Untick any that should stay as they are:</source>
        <translation>取消勾选应保持原样的项：</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../../editor/ui/user_guide.py" line="23"/>
        <source>Jiaokan in short</source>
        <translation>校勘简介</translation>
    </message>
    <message>
        <location filename="../../editor/ui/user_guide.py" line="25"/>
        <source>The window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../editor/ui/user_guide.py" line="26"/>
        <source>Left: the issue tree, publication &gt; issue &gt; document, with each document&apos;s proofreading status and each issue&apos;s progress (3/5 reviewed). An issue in italics has no date yet: it is named by its first document and when that was imported.</source>
        <translation>左侧是期次树：刊物 &gt; 期次 &gt; 文档，显示每篇文档的校对状态和每期的进度（3/5 已审定）。斜体的期次还没有日期，以它的第一篇文档和导入时间命名。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/user_guide.py" line="29"/>
        <source>Middle: the raw text as it was imported (read-only, never changed) beside the corrected text you edit. Right: the Changes panel, every fix a rule proposed or made.</source>
        <translation>中间是导入时的原文（只读，永不改动），旁边是您编辑的校对稿。右侧是“修改”面板，列出规则提出或做出的每一处修改。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/user_guide.py" line="32"/>
        <source>What the colours mean</source>
        <translation>颜色的含义</translation>
    </message>
    <message>
        <location filename="../../editor/ui/user_guide.py" line="33"/>
        <source>Corrected pane: text a cleanup rule wrote is tinted green, text you typed or replaced with Find and replace blue; a proposal waiting for your decision is underlined in orange; a thin coloured caret marks where something was deleted.</source>
        <translation>校对稿：清理规则写入的文字以绿色底纹标出，您输入或用“查找和替换”替换的文字以蓝色底纹标出；等待您决定的建议以橙色下划线标出；细的彩色竖线标出删除的位置。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/user_guide.py" line="36"/>
        <source>Raw pane: raw text a rule replaced or removed is tinted red and struck through, so you see what the correction stands for.</source>
        <translation>原文：被规则替换或删除的原文以红色底纹加删除线标出，便于看出校对稿对应的原文。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/user_guide.py" line="38"/>
        <source>View &gt; Colour legend (Ctrl+Alt+G) shows the colours; the panes scroll together unless you unlink them (Ctrl+Alt+L).</source>
        <translation>“视图 &gt; 颜色图例”（Ctrl+Alt+G）列出各种颜色；两栏同步滚动，可用 Ctrl+Alt+L 取消联动。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/user_guide.py" line="40"/>
        <source>The change selected in the Changes panel is marked yellow in both panes.</source>
        <translation>在“修改”面板中选中的修改，在两栏中都以黄色标出。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/user_guide.py" line="41"/>
        <source>Status icons in the tree: an empty grey ring is raw, a half blue disc corrected, a full green disc annotated, a purple disc with a tick reviewed.</source>
        <translation>期次树中的状态图标：灰色空心圆为原始，蓝色半圆为已校对，绿色实心圆为已标注，带勾的紫色圆为已审定。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/user_guide.py" line="44"/>
        <source>How a change flows from a rule to an export</source>
        <translation>一处修改从规则到导出的过程</translation>
    </message>
    <message>
        <location filename="../../editor/ui/user_guide.py" line="45"/>
        <source>1. Import: the bytes are kept as they are and decoded; the cleanup profile runs its rules.</source>
        <translation>1. 导入：原始字节原样保存并解码；清理方案运行其中的规则。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/user_guide.py" line="46"/>
        <source>2. Each rule proposes changes with a reason and a confidence. Those at or above the profile&apos;s threshold are applied to the corrected text; the rest wait in the Changes panel.</source>
        <translation>2. 每条规则提出修改，附理由和置信度。达到方案阈值的修改直接应用到校对稿，其余的在“修改”面板中等待决定。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/user_guide.py" line="48"/>
        <source>3. You decide: Apply (Ctrl+Shift+R) or Revert (Ctrl+R) one, step through them with F8, type your own corrections, or find and replace across documents (Ctrl+H). Every step goes to the edit log with who made it, and Ctrl+Z undoes it.</source>
        <translation>3. 由您决定：逐条应用（Ctrl+Shift+R）或还原（Ctrl+R），用 F8 逐条浏览，自己输入更正，或跨文档查找和替换（Ctrl+H）。每一步都连同操作者记入编辑日志，按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/user_guide.py" line="51"/>
        <source>4. Mark the document reviewed (Alt+4) when you are done; rules and imports never do.</source>
        <translation>4. 完成后把文档标为已审定（Alt+4）；规则和导入从不这样做。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/user_guide.py" line="52"/>
        <source>5. Export (Ctrl+E) writes the current corrected text of each issue, with its accepted annotations, in the formats you choose.</source>
        <translation>5. 导出（Ctrl+E）按您选择的格式写出每期当前的校对稿及已接受的标注。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/user_guide.py" line="55"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../editor/ui/user_guide.py" line="56"/>
        <source>Every menu command has a shortcut; Help &gt; Keyboard shortcuts lists them all and lets you change them.</source>
        <translation>每个菜单命令都有快捷键；“帮助 &gt; 快捷键”列出全部快捷键并可修改。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/user_guide.py" line="65"/>
        <source>User guide</source>
        <translation>使用指南</translation>
    </message>
</context>
<context>
    <name>WorkProgress</name>
    <message>
        <location filename="../../editor/ui/work_progress.py" line="20"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../editor/ui/workspace.py" line="81"/>
        <source>Cannot undo</source>
        <translation>无法撤销</translation>
    </message>
    <message>
        <location filename="../../editor/ui/workspace.py" line="84"/>
        <source>Cannot redo</source>
        <translation>无法重做</translation>
    </message>
    <message>
        <location filename="../../editor/ui/workspace.py" line="101"/>
        <source>The store is busy: another program is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>存储库正忙：另一个程序正在写入。未做任何更改，请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/workspace.py" line="107"/>
        <source>Cannot change the text</source>
        <translation>无法修改文本</translation>
    </message>
</context>
</TS>

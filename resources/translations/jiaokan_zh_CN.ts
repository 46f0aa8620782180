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
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="29"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="30"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="31"/>
        <source>&amp;Paste as new document</source>
        <translation>粘贴为新文档(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="32"/>
        <source>&amp;Next change</source>
        <translation>下一处修改(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="33"/>
        <source>P&amp;revious change</source>
        <translation>上一处修改(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="34"/>
        <source>Re&amp;vert change</source>
        <translation>撤销此处修改(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="35"/>
        <source>&amp;Apply change</source>
        <translation>应用此处修改(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="37"/>
        <source>Re-&amp;decode with another encoding…</source>
        <translation>用其他编码重新解码(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="38"/>
        <source>Issue &amp;metadata…</source>
        <translation>期次信息(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="39"/>
        <source>&amp;Move to issue…</source>
        <translation>移到其他期(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="40"/>
        <source>Mer&amp;ge issues…</source>
        <translation>合并期次(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="41"/>
        <source>&amp;Clean documents…</source>
        <translation>清理文档(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="42"/>
        <source>Cleanup &amp;profiles…</source>
        <translation>清理方案(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="43"/>
        <source>Next &amp;document</source>
        <translation>下一篇文档(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="44"/>
        <source>Previous d&amp;ocument</source>
        <translation>上一篇文档(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="45"/>
        <source>&amp;About Jiaokan</source>
        <translation>关于校勘(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="50"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="52"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="55"/>
        <source>&amp;Document</source>
        <translation>文档(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="57"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="58"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="59"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>ChangeCommand</name>
    <message>
        <location filename="../../editor/ui/change_commands.py" line="16"/>
        <source>Revert change</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <location filename="../../editor/ui/change_commands.py" line="16"/>
        <source>Apply change</source>
        <translation>应用修改</translation>
    </message>
    <message>
        <location filename="../../editor/ui/change_commands.py" line="28"/>
        <source>Cannot change the text</source>
        <translation>无法修改文本</translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <location filename="../../editor/ui/changes_panel.py" line="17"/>
        <source>applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <location filename="../../editor/ui/changes_panel.py" line="17"/>
        <source>proposed</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../editor/ui/changes_panel.py" line="17"/>
        <source>reverted</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../editor/ui/changes_panel.py" line="18"/>
        <source>stale</source>
        <translation>已失效</translation>
    </message>
    <message>
        <location filename="../../editor/ui/changes_panel.py" line="46"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../editor/ui/changes_panel.py" line="46"/>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../editor/ui/changes_panel.py" line="46"/>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../../editor/ui/changes_panel.py" line="46"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../editor/ui/changes_panel.py" line="83"/>
        <source>Revert</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../editor/ui/changes_panel.py" line="84"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../editor/ui/changes_panel.py" line="101"/>
        <source>%1 changes, %2 applied</source>
        <translation>共 %1 处修改，已应用 %2 处</translation>
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
    <name>ExportDialog</name>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="55"/>
        <location filename="../../editor/ui/export_dialog.py" line="193"/>
        <location filename="../../editor/ui/export_dialog.py" line="196"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="61"/>
        <source>&amp;All issues</source>
        <translation>全部期次(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="67"/>
        <source>Issue formats</source>
        <translation>整期格式</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="67"/>
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="78"/>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="86"/>
        <source>&amp;Mark entities in the text (HTML, TEI)</source>
        <translation>在正文中标出实体（HTML、TEI）(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="92"/>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="95"/>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="99"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="105"/>
        <source>&amp;Issues:</source>
        <translation>期次(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="164"/>
        <source>Export into folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="195"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="195"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="212"/>
        <source>Writing %1</source>
        <translation>正在写入 %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="243"/>
        <source>Files exist</source>
        <translation>文件已存在</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="246"/>
        <source>… and %1 more</source>
        <translation>…… 另有 %1 个</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="247"/>
        <source>These files exist in %1:</source>
        <translation>%1 中已有以下文件：</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="249"/>
        <source>&amp;Overwrite</source>
        <translation>覆盖(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="250"/>
        <source>&amp;Skip existing</source>
        <translation>跳过已有文件(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="263"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="268"/>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="271"/>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="281"/>
        <source>Written: %1, skipped: %2, failed: %3.</source>
        <translation>已写入：%1，已跳过：%2，失败：%3。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="285"/>
        <source>Cancelled: the files written are complete.</source>
        <translation>已取消：已写入的文件都是完整的。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="290"/>
        <source>written</source>
        <translation>已写入</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="291"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="292"/>
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
        <source>spaCy DocBin</source>
        <translation>spaCy DocBin</translation>
    </message>
</context>
<context>
    <name>ImportFeature</name>
    <message>
        <location filename="../../editor/ui/import_actions.py" line="42"/>
        <source>Import files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_actions.py" line="43"/>
        <source>Transcriptions (%1);;All files (*)</source>
        <translation>誊录文本 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_actions.py" line="49"/>
        <source>Import folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_actions.py" line="58"/>
        <location filename="../../editor/ui/import_actions.py" line="63"/>
        <source>Paste as new document</source>
        <translation>粘贴为新文档</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_actions.py" line="59"/>
        <source>The clipboard holds no text.</source>
        <translation>剪贴板中没有文本。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_actions.py" line="62"/>
        <source>Pasted %1</source>
        <translation>粘贴于 %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_actions.py" line="64"/>
        <source>Name of the new document:</source>
        <translation>新文档名称：</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_actions.py" line="79"/>
        <location filename="../../editor/ui/import_actions.py" line="81"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_actions.py" line="80"/>
        <source>Looking for files…</source>
        <translation>正在查找文件…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_actions.py" line="80"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_actions.py" line="98"/>
        <source>File %1 of %2: %3</source>
        <translation>第 %1 个文件，共 %2 个：%3</translation>
    </message>
    <message>
        <location filename="../../editor/ui/import_actions.py" line="104"/>
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
        <location filename="../../editor/ui/issue_actions.py" line="100"/>
        <source>Move to issue</source>
        <translation>移到其他期</translation>
    </message>
    <message>
        <location filename="../../editor/ui/issue_actions.py" line="101"/>
        <source>Move “%1” to:</source>
        <translation>将“%1”移到：</translation>
    </message>
    <message>
        <location filename="../../editor/ui/issue_actions.py" line="102"/>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <location filename="../../editor/ui/issue_actions.py" line="119"/>
        <source>The documents of the issue you pick join “%1” after its own, and the issue you pick is removed. “%1” keeps its metadata.</source>
        <translation>所选一期的文档将排在“%1”原有文档之后，所选的一期随即删除；“%1”保留其期次信息。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/issue_actions.py" line="122"/>
        <source>Merge issues</source>
        <translation>合并期次</translation>
    </message>
    <message>
        <location filename="../../editor/ui/issue_actions.py" line="123"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
</context>
<context>
    <name>IssueTree</name>
    <message>
        <location filename="../../editor/ui/tree_model.py" line="26"/>
        <source>raw</source>
        <translation>原始</translation>
    </message>
    <message>
        <location filename="../../editor/ui/tree_model.py" line="26"/>
        <source>corrected</source>
        <translation>已校对</translation>
    </message>
    <message>
        <location filename="../../editor/ui/tree_model.py" line="26"/>
        <source>annotated</source>
        <translation>已标注</translation>
    </message>
    <message>
        <location filename="../../editor/ui/tree_model.py" line="27"/>
        <source>reviewed</source>
        <translation>已审定</translation>
    </message>
    <message>
        <location filename="../../editor/ui/tree_model.py" line="51"/>
        <location filename="../../editor/ui/issue_actions.py" line="20"/>
        <source>Undated issue</source>
        <translation>未注明日期的一期</translation>
    </message>
    <message>
        <location filename="../../editor/ui/tree_model.py" line="62"/>
        <location filename="../../editor/ui/issue_actions.py" line="24"/>
        <source>Unknown publication</source>
        <translation>未知报刊</translation>
    </message>
    <message>
        <location filename="../../editor/ui/tree_model.py" line="110"/>
        <source>Issue / document</source>
        <translation>期次 / 文档</translation>
    </message>
    <message>
        <location filename="../../editor/ui/tree_model.py" line="110"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../editor/ui/main_window.py" line="35"/>
        <source>Jiaokan — Chinese transcription workbench</source>
        <translation>校勘 — 中文誊录校对工作台</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="61"/>
        <source>Changes</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="62"/>
        <source>Review</source>
        <translation>审校</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="103"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="104"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="129"/>
        <source>About Jiaokan</source>
        <translation>关于校勘</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="126"/>
        <source>Jiaokan %1: a workbench for correcting, annotating and exporting Chinese newspaper transcriptions.</source>
        <translation>校勘 %1：用于校对、标注和导出中文报刊誊录文本的工作台。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="205"/>
        <source>unsaved edits</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="227"/>
        <source>Cannot change the text</source>
        <translation>无法修改文本</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="273"/>
        <source>Store: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="274"/>
        <source>%1 publications · %2 issues · %3 documents</source>
        <translation>%1 种报刊 · %2 期 · %3 篇文档</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="300"/>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
</context>
<context>
    <name>Panes</name>
    <message>
        <location filename="../../editor/ui/encoding_label.py" line="14"/>
        <location filename="../../editor/ui/panes.py" line="40"/>
        <source>Raw (read-only)</source>
        <translation>原文（只读）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/panes.py" line="41"/>
        <source>Corrected</source>
        <translation>校对稿</translation>
    </message>
</context>
<context>
    <name>RedecodeDialog</name>
    <message>
        <location filename="../../editor/ui/redecode_dialog.py" line="28"/>
        <location filename="../../editor/ui/redecode_dialog.py" line="178"/>
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
        <location filename="../../editor/ui/redecode_dialog.py" line="166"/>
        <source>Cannot re-decode</source>
        <translation>无法重新解码</translation>
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
</TS>

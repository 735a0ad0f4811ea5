<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ArticleCache</name>
    <message>
        <source>Cannot create %1</source>
        <translation>%1을(를) 만들 수 없습니다</translation>
    </message>
</context>
<context>
    <name>HtmlCharset</name>
    <message>
        <source>Unknown character set &quot;%1&quot; ignored</source>
        <translation>알 수 없는 문자 집합 &quot;%1&quot;을(를) 무시했습니다</translation>
    </message>
    <message>
        <source>No character set declared and the page is not UTF-8: read as Windows-1252</source>
        <translation>문자 집합이 선언되지 않았고 페이지가 UTF-8이 아닙니다: Windows-1252로 읽었습니다</translation>
    </message>
</context>
<context>
    <name>HtmlExtractor</name>
    <message>
        <source>Ignored invalid JSON-LD metadata: %1</source>
        <translation>잘못된 JSON-LD 메타데이터를 무시했습니다: %1</translation>
    </message>
    <message>
        <source>No article text found in the page</source>
        <translation>페이지에서 기사 본문을 찾지 못했습니다</translation>
    </message>
    <message>
        <source>The page nests its markup more than %1 levels deep: the deeper parts are read as plain text</source>
        <translation>이 페이지는 마크업이 %1단계보다 깊게 중첩되어 있습니다. 더 깊은 부분은 일반 텍스트로 읽습니다</translation>
    </message>
</context>
<context>
    <name>gloss::Analyzer</name>
    <message>
        <source>text too long: quotes, entities and claims cover its first %1 of %2 characters only (%3 of %4 paragraphs)</source>
        <translation>본문이 너무 깁니다: 인용, 개체, 주장은 전체 %2자 중 앞의 %1자만 다룹니다(문단 %4개 중 %3개)</translation>
    </message>
</context>
<context>
    <name>gloss::AnnotationJson</name>
    <message numerus="yes">
        <source>%Ln note(s) could not be read</source>
        <translation>
            <numerusform>메모 %Ln개를 읽을 수 없습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::AnnotationStore</name>
    <message>
        <source>%1 is in the way</source>
        <translation>%1이(가) 가로막고 있습니다</translation>
    </message>
    <message>
        <source>Cannot create the notes folder %1; notes are not saved.</source>
        <translation>메모 폴더 %1을(를) 만들 수 없어 메모가 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>Cannot save the index of notes %1: %2</source>
        <translation>메모 색인 %1을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The unsaved notes were written to %1; import them with &quot;gloss notes import %2 %1&quot; once the notes folder can be written.</source>
        <translation>저장하지 못한 메모를 %1에 썼습니다. 메모 폴더에 쓸 수 있게 되면 “gloss notes import %2 %1”로 가져오세요.</translation>
    </message>
    <message numerus="yes">
        <source>The notes could not be saved anywhere (%1): %n note(s) of %2 are lost.</source>
        <translation>
            <numerusform>메모를 어디에도 저장하지 못했습니다(%1). %2의 메모 %n개를 잃었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the notes to %1: %2. They stay open and are saved at the next change.</source>
        <translation>메모를 %1에 저장할 수 없습니다: %2. 메모는 열린 채로 있으며 다음 변경 때 저장됩니다.</translation>
    </message>
    <message>
        <source>It could not be moved aside (%1): it is left as it is and will not be written to.</source>
        <translation>따로 옮길 수 없었습니다(%1). 그대로 두며 쓰지 않습니다.</translation>
    </message>
    <message>
        <source>It was kept aside as %1.</source>
        <translation>%1(으)로 따로 보관했습니다.</translation>
    </message>
    <message>
        <source>The notes file %1 is a symbolic link.</source>
        <translation>메모 파일 %1은(는) 심볼릭 링크입니다.</translation>
    </message>
    <message>
        <source>The notes file %1 is a folder.</source>
        <translation>메모 파일 %1은(는) 폴더입니다.</translation>
    </message>
    <message>
        <source>The notes file %1 is not a regular file.</source>
        <translation>메모 파일 %1은(는) 일반 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>The notes file %1 is too large to be a notes file (%2 MB).</source>
        <translation>메모 파일 %1은(는) 메모 파일이라기엔 너무 큽니다(%2MB).</translation>
    </message>
    <message>
        <source>The notes file %1 cannot be read (%2).</source>
        <translation>메모 파일 %1을(를) 읽을 수 없습니다(%2).</translation>
    </message>
    <message numerus="yes">
        <source>The notes file %1 is damaged (%2); %n note(s) could be read.</source>
        <translation>
            <numerusform>메모 파일 %1이(가) 손상되었습니다(%2). 메모 %n개를 읽을 수 있었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The notes index %1 is damaged; it is rebuilt from the notes files.</source>
        <translation>메모 색인 %1이(가) 손상되었습니다. 메모 파일로부터 다시 만듭니다.</translation>
    </message>
    <message>
        <source>Cannot record the deleted notes for sync: %1</source>
        <translation>동기화를 위해 삭제된 메모를 기록할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>gloss::ArticleFetcher</name>
    <message>
        <source>%1 is not a web address (http or https)</source>
        <translation>%1은(는) 웹 주소(http 또는 https)가 아닙니다</translation>
    </message>
    <message>
        <source>Download of %1 cancelled</source>
        <translation>%1 내려받기를 취소했습니다</translation>
    </message>
    <message>
        <source>%1 redirects to %2, which Gloss does not follow</source>
        <translation>%1이(가) %2(으)로 리디렉션하지만 Gloss는 따라가지 않습니다</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB; the limit is %3 MB)</source>
        <translation>%1이(가) 너무 큽니다(%2MB, 한도는 %3MB)</translation>
    </message>
    <message>
        <source>%1 is not a web page but %2; Gloss opens HTML pages and text</source>
        <translation>%1은(는) 웹 페이지가 아니라 %2입니다. Gloss는 HTML 페이지와 텍스트를 엽니다</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; download stopped</source>
        <translation>%1이(가) %2MB보다 커서 내려받기를 멈췄습니다</translation>
    </message>
    <message>
        <source>The server answered %1 %2 for %3</source>
        <translation>서버가 %3에 대해 %1 %2(으)로 응답했습니다</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds</source>
        <translation>%1이(가) %2초 안에 응답하지 않았습니다</translation>
    </message>
    <message>
        <source>%1 redirects more than %2 times</source>
        <translation>%1이(가) %2번 넘게 리디렉션합니다</translation>
    </message>
    <message>
        <source>Cannot download %1: %2</source>
        <translation>%1을(를) 내려받을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation>%1이(가) %2MB보다 큽니다</translation>
    </message>
    <message>
        <source>No article text found at %1</source>
        <translation>%1에서 기사 본문을 찾지 못했습니다</translation>
    </message>
    <message>
        <source>The page text could not be kept for later: %1</source>
        <translation>페이지 본문을 나중을 위해 보관하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>gloss::ArticleFileWatcher</name>
    <message numerus="yes">
        <source>%n note(s) added</source>
        <translation>
            <numerusform>메모 %n개 추가됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <comment>notes</comment>
        <translation>
            <numerusform>%n개 변경됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <comment>notes</comment>
        <translation>
            <numerusform>%n개 삭제됨</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes saved by another program: %1.</source>
        <translation>다른 프로그램이 저장한 메모: %1.</translation>
    </message>
    <message>
        <source>“%1” was deleted or moved on disk; the window keeps the text it read (and its notes).</source>
        <translation>디스크에서 “%1”이(가) 삭제되었거나 이동되었습니다. 창에는 읽어 둔 본문(과 메모)이 그대로 남습니다.</translation>
    </message>
    <message>
        <source>it holds no text now</source>
        <translation>지금은 본문이 없습니다</translation>
    </message>
    <message>
        <source>“%1” changed on disk but cannot be read again (%2); the window keeps the text it read.</source>
        <translation>디스크에서 “%1”이(가) 바뀌었지만 다시 읽을 수 없습니다(%2). 창에는 읽어 둔 본문이 그대로 남습니다.</translation>
    </message>
    <message>
        <source>“%1” changed on disk and was read again.</source>
        <translation>디스크에서 “%1”이(가) 바뀌어 다시 읽었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n note(s) were placed on the new text.</source>
        <translation>
            <numerusform>메모 %n개를 새 본문에 배치했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) lost their passage and are listed as orphans in the Notes tab.</source>
        <translation>
            <numerusform>메모 %n개가 붙어 있던 구절을 잃어 메모 탭에 고아 메모로 표시됩니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::ArticleView</name>
    <message>
        <source>Article</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>The article text. Quotes are coloured by speaker; hover a quote to see who said it.</source>
        <translation>기사 본문입니다. 인용문은 발화자별로 색이 칠해지며, 인용문 위에 포인터를 올리면 누가 말했는지 보입니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scare quote&lt;/b&gt;: the writer’s distance from the words, not a speaker’s.</source>
        <translation>&lt;b&gt;거리 두기 따옴표&lt;/b&gt;: 발화자의 말이 아니라 필자가 그 표현과 거리를 두는 것입니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Title&lt;/b&gt; of a work.</source>
        <translation>작품의 &lt;b&gt;제목&lt;/b&gt;입니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unattributed quote&lt;/b&gt;</source>
        <translation>&lt;b&gt;출처 없는 인용&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cue: “%1”</source>
        <translation>인용 표지: “%1”</translation>
    </message>
    <message>
        <source>Via: %1</source>
        <translation>경유: %1</translation>
    </message>
    <message>
        <source>Quotes: %1. Click to show only theirs.</source>
        <translation>인용: %1개. 클릭하면 이 발화자의 인용만 보여 줍니다.</translation>
    </message>
    <message>
        <source>Nothing to read yet</source>
        <translation>아직 읽을 내용이 없습니다</translation>
    </message>
    <message>
        <source>Open an article with %1, or drop a file here.</source>
        <translation>%1(으)로 기사를 열거나 여기에 파일을 끌어다 놓으십시오.</translation>
    </message>
    <message>
        <source>person</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>단체</translation>
    </message>
    <message>
        <source>country, region or city</source>
        <translation>국가, 지역 또는 도시</translation>
    </message>
    <message>
        <source>place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>event</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>work</source>
        <translation>작품</translation>
    </message>
    <message>
        <source>name</source>
        <comment>an entity of no known type</comment>
        <translation>이름</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <comment>entity name (kind)</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
</context>
<context>
    <name>gloss::Citation</name>
    <message>
        <source>%1 (via %2)</source>
        <translation>%1(%2 경유)</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>%1 경유</translation>
    </message>
</context>
<context>
    <name>gloss::ClaimsPanel</name>
    <message>
        <source>Claims</source>
        <translation>주장</translation>
    </message>
    <message>
        <source>Filter claims</source>
        <translation>주장 거르기</translation>
    </message>
    <message>
        <source>Claims by source</source>
        <translation>출처별 주장</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>출처 없음</translation>
    </message>
    <message>
        <source>cue: “%1”</source>
        <translation>인용 표지: “%1”</translation>
    </message>
    <message>
        <source>Claims: %1</source>
        <translation>주장: %1개</translation>
    </message>
    <message>
        <source>No claims found in this article.</source>
        <translation>이 기사에서 주장을 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>The claims grouped by who made them, with their kind; Enter shows the claim in the article</source>
        <translation>주장을 한 사람별로 묶고 종류를 표시합니다. Enter를 누르면 기사에서 주장을 보여 줍니다</translation>
    </message>
    <message>
        <source>Claims: %1 of %2 shown</source>
        <translation>주장: %2개 중 %1개 표시</translation>
    </message>
</context>
<context>
    <name>gloss::CopyCitation</name>
    <message>
        <source>Copy with Citation</source>
        <translation>출처와 함께 복사</translation>
    </message>
    <message>
        <source>Copy the words with who said them and the article&apos;s title, site, date and address</source>
        <translation>문구를 말한 사람, 기사 제목, 사이트, 날짜, 주소와 함께 복사합니다</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Markdown으로 복사</translation>
    </message>
    <message>
        <source>Copy the words as a Markdown block quote with their citation</source>
        <translation>문구를 출처와 함께 Markdown 인용 블록으로 복사합니다</translation>
    </message>
    <message>
        <source>Copied with its citation.</source>
        <translation>출처와 함께 복사했습니다.</translation>
    </message>
    <message>
        <source>Copied as Markdown with its citation.</source>
        <translation>출처와 함께 Markdown으로 복사했습니다.</translation>
    </message>
</context>
<context>
    <name>gloss::Document</name>
    <message>
        <source>Sample article (bundled with Gloss)</source>
        <translation>예제 기사(Gloss에 포함)</translation>
    </message>
    <message>
        <source>%1 (bundled with Gloss)</source>
        <translation>%1(Gloss에 포함)</translation>
    </message>
</context>
<context>
    <name>gloss::EntitiesPanel</name>
    <message>
        <source>Entities</source>
        <translation>개체</translation>
    </message>
    <message>
        <source>Entities by type</source>
        <translation>종류별 개체</translation>
    </message>
    <message>
        <source>People</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>단체</translation>
    </message>
    <message>
        <source>Places (political)</source>
        <translation>장소(행정 구역)</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>작품</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Mentions: %1. Click again for the next one.</source>
        <translation>언급: %1회. 다시 클릭하면 다음 언급으로 갑니다.</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>다른 이름: %1</translation>
    </message>
    <message>
        <source>No names found in this article.</source>
        <translation>이 기사에서 이름을 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>People, organisations and places named in the article; Enter shows the next mention</source>
        <translation>기사에 나온 인물, 단체, 장소입니다. Enter를 누르면 다음 언급을 보여 줍니다</translation>
    </message>
</context>
<context>
    <name>gloss::ExportDialog</name>
    <message>
        <source>Export Notes</source>
        <translation>메모 내보내기</translation>
    </message>
    <message>
        <source>Markdown (Obsidian, GitHub, …)</source>
        <translation>Markdown(Obsidian, GitHub, …)</translation>
    </message>
    <message>
        <source>HTML page (print, share)</source>
        <translation>HTML 페이지(인쇄, 공유)</translation>
    </message>
    <message>
        <source>W3C Web Annotations (JSON-LD)</source>
        <translation>W3C 웹 주석(JSON-LD)</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV(스프레드시트)</translation>
    </message>
    <message>
        <source>Claims by source</source>
        <translation>출처별 주장</translation>
    </message>
    <message>
        <source>Quotes by speaker</source>
        <translation>발화자별 인용</translation>
    </message>
    <message>
        <source>Whole article</source>
        <translation>기사 전체</translation>
    </message>
    <message>
        <source>Only noted paragraphs</source>
        <translation>메모가 있는 문단만</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>포함:</translation>
    </message>
    <message>
        <source>Article:</source>
        <translation>기사:</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>저장(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>미리 보기:</translation>
    </message>
    <message>
        <source>… (preview shortened; the file is complete)</source>
        <translation>… (미리 보기는 줄였으며 파일은 완전합니다)</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s), %1 characters</source>
        <translation>
            <numerusform>메모 %n개, %1자</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>클립보드에 복사했습니다.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>The export as it will be saved or copied</source>
        <translation>저장하거나 복사할 내보내기 결과</translation>
    </message>
    <message>
        <source>Rendered preview</source>
        <translation>렌더링 미리 보기</translation>
    </message>
    <message>
        <source>The export as a browser or Markdown viewer shows it</source>
        <translation>브라우저나 Markdown 뷰어에서 보이는 대로의 내보내기 결과</translation>
    </message>
    <message>
        <source>Links are not followed in the preview: %1</source>
        <translation>미리 보기에서는 링크를 따라가지 않습니다: %1</translation>
    </message>
    <message>
        <source>&amp;Rendered</source>
        <translation>렌더링(&amp;R)</translation>
    </message>
    <message>
        <source>Sourc&amp;e</source>
        <translation>소스(&amp;E)</translation>
    </message>
</context>
<context>
    <name>gloss::FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>기사에서 찾기</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>찾을 텍스트</translation>
    </message>
    <message>
        <source>Search the article</source>
        <translation>기사 검색</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>이전 결과(Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>다음 결과(F3)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>찾기 표시줄 닫기(Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>결과 없음</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2개 중 %1</translation>
    </message>
    <message>
        <source>Matches are marked as you type; Enter finds the next, Shift+Enter the previous</source>
        <translation>입력하는 동안 결과를 표시합니다. Enter는 다음, Shift+Enter는 이전 결과를 찾습니다</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>찾은 결과</translation>
    </message>
    <message numerus="yes">
        <source>¶ %1 · %n match(es) — %2</source>
        <comment>paragraph number, count, context</comment>
        <translation>
            <numerusform>¶ %1 · 결과 %n개 — %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paragraph %1: %n match(es)</source>
        <translation>
            <numerusform>%1번째 문단: 결과 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>찾기(&amp;I):</translation>
    </message>
    <message>
        <source>Match &amp;Case</source>
        <translation>대소문자 구분(&amp;C)</translation>
    </message>
    <message>
        <source>Find only matches with the same capitals</source>
        <translation>대소문자가 같은 결과만 찾습니다</translation>
    </message>
    <message>
        <source>&amp;Whole Words</source>
        <translation>단어 단위로(&amp;W)</translation>
    </message>
    <message>
        <source>Find whole words only, not parts of longer words</source>
        <translation>더 긴 단어의 일부가 아닌 온전한 단어만 찾습니다</translation>
    </message>
    <message>
        <source>Paragraphs with matches</source>
        <translation>결과가 있는 문단</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>찾는 중…</translation>
    </message>
    <message numerus="yes">
        <source>in %n paragraph(s)</source>
        <translation>
            <numerusform>문단 %n개에서</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Match %1 of %2 is number %3 of the %n match(es) in paragraph %4.</source>
        <translation>
            <numerusform>결과 %2개 중 %1번째는 %4번째 문단의 결과 %n개 중 %3번째입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click for the list of paragraphs with matches.</source>
        <translation>클릭하면 결과가 있는 문단 목록을 보여 줍니다.</translation>
    </message>
    <message>
        <source>Enter or a click goes to the paragraph&apos;s first match</source>
        <translation>Enter를 누르거나 클릭하면 해당 문단의 첫 번째 결과로 갑니다</translation>
    </message>
</context>
<context>
    <name>gloss::FolderImport</name>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>폴더 가져오기(&amp;F)…</translation>
    </message>
    <message>
        <source>Add every article of a folder to the library</source>
        <translation>폴더의 모든 기사를 라이브러리에 추가합니다</translation>
    </message>
    <message>
        <source>Importing articles</source>
        <translation>기사 가져오는 중</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%m개 중 %v</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop the import (the articles added so far stay)</source>
        <translation>가져오기를 멈춥니다(지금까지 추가한 기사는 남습니다)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>폴더 가져오기</translation>
    </message>
    <message>
        <source>An import is running already.</source>
        <translation>이미 가져오기가 진행 중입니다.</translation>
    </message>
    <message>
        <source>Adding articles to the library…</source>
        <translation>라이브러리에 기사 추가 중…</translation>
    </message>
    <message>
        <source>Stopping the import…</source>
        <translation>가져오기 멈추는 중…</translation>
    </message>
    <message>
        <source>Import stopped: %1 added</source>
        <translation>가져오기 멈춤: %1개 추가됨</translation>
    </message>
    <message>
        <source>Import finished: %1 added</source>
        <translation>가져오기 완료: %1개 추가됨</translation>
    </message>
    <message>
        <source>, %1 updated</source>
        <translation>, %1개 갱신됨</translation>
    </message>
    <message>
        <source>, %1 there already</source>
        <translation>, %1개는 이미 있음</translation>
    </message>
    <message>
        <source>, %1 could not be read</source>
        <translation>, %1개는 읽을 수 없음</translation>
    </message>
    <message>
        <source>… and %L1 more (Show Details…)</source>
        <translation>… 외 %L1개 더 (자세한 정보 보기…)</translation>
    </message>
</context>
<context>
    <name>gloss::GettingStartedDialog</name>
    <message>
        <source>Getting Started — Gloss</source>
        <translation>시작하기 — Gloss</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>시작하기</translation>
    </message>
    <message>
        <source>Getting started with Gloss</source>
        <translation>Gloss 시작하기</translation>
    </message>
    <message>
        <source>Gloss helps you read a news article closely: who is speaking, what is claimed, and your own notes beside the text. The article itself is never changed; everything Gloss adds is colour, marks and notes.</source>
        <translation>Gloss는 뉴스 기사를 꼼꼼히 읽도록 도와줍니다. 누가 말하는지, 무엇을 주장하는지 보여 주고, 본문 옆에 자신의 메모를 남길 수 있습니다. 기사 자체는 전혀 바뀌지 않으며, Gloss가 더하는 것은 색, 표시, 메모뿐입니다.</translation>
    </message>
    <message>
        <source>Open an article</source>
        <translation>기사 열기</translation>
    </message>
    <message>
        <source>Open a text, Markdown or HTML file with %1, or drop it on the window. %2 downloads a web page and keeps its article (without menus, ads and comments); %3 opens the text on the clipboard.</source>
        <translation>%1(으)로 텍스트, Markdown 또는 HTML 파일을 열거나 창에 끌어다 놓으십시오. %2은(는) 웹 페이지를 내려받아 기사만 남기며(메뉴, 광고, 댓글 제외), %3은(는) 클립보드의 텍스트를 엽니다.</translation>
    </message>
    <message>
        <source>What the colours mean</source>
        <translation>색의 의미</translation>
    </message>
    <message>
        <source>people</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>단체</translation>
    </message>
    <message>
        <source>countries and cities</source>
        <translation>국가와 도시</translation>
    </message>
    <message>
        <source>other places</source>
        <translation>그 밖의 장소</translation>
    </message>
    <message>
        <source>a quote</source>
        <translation>직접 인용</translation>
    </message>
    <message>
        <source>reported speech</source>
        <translation>간접 전달</translation>
    </message>
    <message>
        <source>hedged</source>
        <translation>유보적</translation>
    </message>
    <message>
        <source>a plain statement</source>
        <translation>단순 진술</translation>
    </message>
    <message>
        <source>Every direct quote is tinted in its speaker’s colour %1, and so is the speaker’s name; the Speakers tab is the legend.</source>
        <translation>모든 직접 인용은 발화자의 색 %1(으)로 칠해지며, 발화자 이름도 같은 색으로 칠해집니다. 발화자 탭이 범례 역할을 합니다.</translation>
    </message>
    <message>
        <source>A quote nobody is named for is %1; scare quotes (“so-called”) and titles are %2.</source>
        <translation>말한 사람이 밝혀지지 않은 인용은 %1 표시되고, 거리 두기 따옴표(“이른바”)와 제목은 %2 표시됩니다.</translation>
    </message>
    <message>
        <source>in this neutral colour</source>
        <translation>이 중립 색으로</translation>
    </message>
    <message>
        <source>lighter</source>
        <translation>더 옅게</translation>
    </message>
    <message>
        <source>Names are underlined by what they name: %1.</source>
        <translation>이름에는 가리키는 대상에 따라 밑줄이 그어집니다: %1.</translation>
    </message>
    <message>
        <source>A bar in the left margin marks a claim, in the colour of its kind: %1.</source>
        <translation>왼쪽 여백의 막대는 주장을 표시하며, 색은 주장의 종류를 나타냅니다: %1.</translation>
    </message>
    <message>
        <source>Hover a quote for its speaker and the words that attribute it; click a speaker’s name to show only their quotes, and press %1 to see everyone’s again.</source>
        <translation>인용 위에 포인터를 올리면 발화자와 그 말을 누구의 것으로 밝히는 문구가 보입니다. 발화자 이름을 클릭하면 그 사람의 인용만 보여 주며, %1을(를) 누르면 다시 모두 보여 줍니다.</translation>
    </message>
    <message>
        <source>The View menu turns each layer on and off: %1, %2, %3.</source>
        <translation>보기 메뉴에서 각 표시를 켜고 끌 수 있습니다: %1, %2, %3.</translation>
    </message>
    <message>
        <source>The side panel</source>
        <translation>사이드 패널</translation>
    </message>
    <message>
        <source>Beside the text, %1 shows or hides a panel with a tab for each way into the article:</source>
        <translation>%1은(는) 본문 옆의 패널을 보이거나 숨깁니다. 패널에는 기사를 살펴보는 방법마다 탭이 있습니다:</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>주장</translation>
    </message>
    <message>
        <source>every claim, by who makes it and of what kind; click one to go to it.</source>
        <translation>모든 주장을 말한 사람과 종류별로 보여 줍니다. 하나를 클릭하면 그곳으로 갑니다.</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>발화자</translation>
    </message>
    <message>
        <source>the speakers with their colours and number of quotes; click one to show only their quotes.</source>
        <translation>발화자와 그 색, 인용 수를 보여 줍니다. 하나를 클릭하면 그 사람의 인용만 보여 줍니다.</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>개체</translation>
    </message>
    <message>
        <source>the people, organisations and places; click again for the next mention.</source>
        <translation>인물, 단체, 장소를 보여 줍니다. 다시 클릭하면 다음 언급으로 갑니다.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>your notes in reading order, with a search box (words, or #tag).</source>
        <translation>메모를 읽는 순서대로 보여 주며, 검색 상자(단어 또는 #태그)가 있습니다.</translation>
    </message>
    <message>
        <source>Select some words (or put the cursor in a quote) and choose %1: a card opens in the margin beside the passage; type on it. Its ⋯ menu sets the colour and tags or deletes it. %2 and %3 go from note to note.</source>
        <translation>단어를 선택하고(또는 인용 안에 커서를 두고) %1을(를) 고르십시오. 구절 옆 여백에 카드가 열리면 그 안에 입력하면 됩니다. 카드의 ⋯ 메뉴에서 색과 태그를 정하거나 메모를 삭제합니다. %2와(과) %3(으)로 메모 사이를 오갑니다.</translation>
    </message>
    <message>
        <source>Notes are saved as you type, in a file of their own (the article is never changed), and they stay with their words when the article is updated. %1 takes back any change.</source>
        <translation>메모는 입력하는 대로 별도의 파일에 저장되며(기사는 전혀 바뀌지 않습니다), 기사가 갱신되어도 붙어 있던 문구를 따라갑니다. %1(으)로 모든 변경을 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>%1 saves the notes as Markdown, HTML, W3C Web Annotations (which Hypothesis reads) or CSV, with a preview; %2 copies them for a message or a document; %3 brings in annotations from Gloss or Hypothesis.</source>
        <translation>%1은(는) 미리 보기와 함께 메모를 Markdown, HTML, W3C 웹 주석(Hypothesis에서 읽을 수 있음) 또는 CSV로 저장합니다. %2은(는) 메시지나 문서에 넣을 수 있게 메모를 복사하고, %3은(는) Gloss나 Hypothesis의 주석을 가져옵니다.</translation>
    </message>
    <message>
        <source>Finding words</source>
        <translation>단어 찾기</translation>
    </message>
    <message>
        <source>%1 opens the find bar under the text: every match is marked, the current one strongest. %2 and %3 go to the next and the previous match; %4 and %5 narrow the search, and “in N paragraphs” lists the paragraphs with matches.</source>
        <translation>%1은(는) 본문 아래에 찾기 표시줄을 엽니다. 모든 결과가 표시되며 현재 결과가 가장 진하게 표시됩니다. %2와(과) %3(으)로 다음 결과와 이전 결과로 가고, %4와(과) %5(으)로 검색 범위를 좁힙니다. “문단 N개에서”를 누르면 결과가 있는 문단 목록이 나옵니다.</translation>
    </message>
    <message>
        <source>Keys worth remembering</source>
        <translation>기억해 둘 만한 키</translation>
    </message>
    <message>
        <source>%1 lists every action and its keys, with a filter.</source>
        <translation>%1은(는) 모든 동작과 그 키를 필터와 함께 보여 줍니다.</translation>
    </message>
</context>
<context>
    <name>gloss::KeyboardNavigation</name>
    <message>
        <source>&amp;Go To</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>기사(&amp;A)</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the article text</source>
        <translation>키보드 초점을 기사 본문으로 옮깁니다</translation>
    </message>
    <message>
        <source>&amp;Next Pane</source>
        <translation>다음 영역(&amp;N)</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next part of the window</source>
        <translation>키보드 초점을 창의 다음 영역으로 옮깁니다</translation>
    </message>
    <message>
        <source>&amp;Previous Pane</source>
        <translation>이전 영역(&amp;P)</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous part of the window</source>
        <translation>키보드 초점을 창의 이전 영역으로 옮깁니다</translation>
    </message>
    <message>
        <source>%1 Panel</source>
        <translation>%1 패널</translation>
    </message>
    <message>
        <source>Show the %1 panel and move the keyboard focus into it</source>
        <translation>%1 패널을 보여 주고 키보드 초점을 그곳으로 옮깁니다</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>메뉴 더 보기</translation>
    </message>
    <message>
        <source>Side panels</source>
        <translation>사이드 패널</translation>
    </message>
    <message>
        <source>Left and Right switch between the panels; Ctrl+1, Ctrl+2, … go to one</source>
        <translation>왼쪽/오른쪽 키로 패널을 바꾸고, Ctrl+1, Ctrl+2, …로 해당 패널로 갑니다</translation>
    </message>
    <message>
        <source>%1, vertical scroll bar</source>
        <translation>%1, 세로 스크롤 막대</translation>
    </message>
    <message>
        <source>%1, horizontal scroll bar</source>
        <translation>%1, 가로 스크롤 막대</translation>
    </message>
</context>
<context>
    <name>gloss::KindLabels</name>
    <message>
        <source>Quoted</source>
        <comment>claim kind</comment>
        <translation>직접 인용</translation>
    </message>
    <message>
        <source>Reported</source>
        <comment>claim kind</comment>
        <translation>간접 전달</translation>
    </message>
    <message>
        <source>Hedged</source>
        <comment>claim kind</comment>
        <translation>유보적</translation>
    </message>
    <message>
        <source>Stated as fact</source>
        <comment>claim kind</comment>
        <translation>사실로 서술</translation>
    </message>
    <message>
        <source>scare</source>
        <comment>quote kind</comment>
        <translation>거리 두기</translation>
    </message>
    <message>
        <source>title</source>
        <comment>quote kind</comment>
        <translation>제목</translation>
    </message>
    <message>
        <source>direct</source>
        <comment>quote kind</comment>
        <translation>직접</translation>
    </message>
</context>
<context>
    <name>gloss::Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System (%1)</source>
        <translation>시스템 설정(&amp;S) (%1)</translation>
    </message>
    <message>
        <source>Use the language of the system</source>
        <translation>시스템 언어를 사용합니다</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Gloss will use this language the next time it starts.</source>
        <translation>Gloss를 다음에 시작할 때부터 이 언어를 사용합니다.</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>나중에(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>지금 다시 시작(&amp;R)</translation>
    </message>
</context>
<context>
    <name>gloss::LibraryArticleModel</name>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>사이트</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>gloss::LibraryDock</name>
    <message>
        <source>Library</source>
        <translation>라이브러리</translation>
    </message>
    <message>
        <source>Li&amp;brary</source>
        <translation>라이브러리(&amp;B)</translation>
    </message>
    <message>
        <source>Every article read: search its quotes and notes</source>
        <translation>읽은 모든 기사: 인용과 메모를 검색합니다</translation>
    </message>
</context>
<context>
    <name>gloss::LibraryNavigator</name>
    <message>
        <source>The text of “%1” is not in the library any more.</source>
        <translation>“%1”의 본문이 더 이상 라이브러리에 없습니다.</translation>
    </message>
</context>
<context>
    <name>gloss::LibraryPanel</name>
    <message>
        <source>Library</source>
        <translation>라이브러리</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>라이브러리 검색</translation>
    </message>
    <message>
        <source>Search: words, &quot;a phrase&quot;, OR, NOT, prefix*</source>
        <translation>검색: 단어, &quot;구문&quot;, OR, NOT, 접두어*</translation>
    </message>
    <message>
        <source>Kind of results</source>
        <translation>결과 종류</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>인용</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>사이트</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Articles quoting this person; their quotes under Quotes</source>
        <translation>이 인물을 인용한 기사입니다. 이 인물의 인용은 “인용”에서 볼 수 있습니다</translation>
    </message>
    <message>
        <source>Articles of the library</source>
        <translation>라이브러리의 기사</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>검색 결과</translation>
    </message>
    <message>
        <source>Export Selection</source>
        <translation>선택 항목 내보내기</translation>
    </message>
    <message>
        <source>The notes and quotes of the selected articles, in one file</source>
        <translation>선택한 기사의 메모와 인용을 파일 하나로 내보냅니다</translation>
    </message>
    <message>
        <source>As &amp;Markdown…</source>
        <translation>Markdown으로(&amp;M)…</translation>
    </message>
    <message>
        <source>As &amp;HTML…</source>
        <translation>HTML로(&amp;H)…</translation>
    </message>
    <message>
        <source>As &amp;CSV…</source>
        <translation>CSV로(&amp;C)…</translation>
    </message>
    <message>
        <source>As &amp;W3C Annotations…</source>
        <translation>W3C 웹 주석으로(&amp;W)…</translation>
    </message>
    <message>
        <source>The library was damaged: it was kept aside as %1 and a new one made. Run “gloss library check --rebuild” to add the articles again.</source>
        <translation>라이브러리가 손상되어 %1(으)로 따로 보관하고 새로 만들었습니다. 기사를 다시 추가하려면 “gloss library check --rebuild”를 실행하십시오.</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>모든 사이트</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>모든 태그</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>모든 인물</translation>
    </message>
    <message>
        <source>Only this person&apos;s quotes: everything they said</source>
        <translation>이 인물의 인용만: 이 인물이 한 모든 말</translation>
    </message>
    <message>
        <source>Only the articles quoting this person</source>
        <translation>이 인물을 인용한 기사만</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>발화자</translation>
    </message>
    <message>
        <source>Articles: %L1</source>
        <translation>기사: %L1개</translation>
    </message>
    <message>
        <source>Results: more than %L1</source>
        <translation>결과: %L1개 이상</translation>
    </message>
    <message>
        <source>Articles found: %L1</source>
        <translation>찾은 기사: %L1개</translation>
    </message>
    <message>
        <source>Quotes found: %L1</source>
        <translation>찾은 인용: %L1개</translation>
    </message>
    <message>
        <source>Notes found: %L1</source>
        <translation>찾은 메모: %L1개</translation>
    </message>
    <message>
        <source>Select the articles or results to export first.</source>
        <translation>먼저 내보낼 기사나 결과를 선택하십시오.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) exported to %1</source>
        <translation>
            <numerusform>기사 %Ln개를 %1(으)로 내보냈습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>library-notes</source>
        <translation>라이브러리-메모</translation>
    </message>
</context>
<context>
    <name>gloss::LibrarySearchModel</name>
    <message>
        <source>Unattributed</source>
        <translation>출처 없음</translation>
    </message>
</context>
<context>
    <name>gloss::Loader</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: 파일이 없습니다</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1: 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>%1: too large (%2 MB; the limit is %3 MB)</source>
        <translation>%1: 너무 큽니다(%2MB, 한도는 %3MB)</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: too large (the limit is %2 MB)</source>
        <translation>%1: 너무 큽니다(한도는 %2MB)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>the file holds no text</source>
        <translation>파일에 텍스트가 없습니다</translation>
    </message>
</context>
<context>
    <name>gloss::MainWindow</name>
    <message>
        <source>Gloss</source>
        <translation>Gloss</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>확대/축소 %1%</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open an article (%1)</source>
        <translation>기사 열기(%1)</translation>
    </message>
    <message>
        <source>Open a text, Markdown or HTML article</source>
        <translation>텍스트, Markdown 또는 HTML 기사를 엽니다</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Find in the article (%1)</source>
        <translation>기사에서 찾기(%1)</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>다음 찾기(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>이전 찾기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>실제 크기(&amp;A)</translation>
    </message>
    <message>
        <source>Colour &amp;Speakers</source>
        <translation>발화자 색칠(&amp;S)</translation>
    </message>
    <message>
        <source>Underline &amp;Entities</source>
        <translation>개체 밑줄(&amp;E)</translation>
    </message>
    <message>
        <source>Mark &amp;Claims</source>
        <translation>주장 표시(&amp;C)</translation>
    </message>
    <message>
        <source>Show &amp;All Speakers</source>
        <translation>모든 발화자 보기(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Focus Mode</source>
        <translation>집중 모드(&amp;F)</translation>
    </message>
    <message>
        <source>Only the text (%1)</source>
        <translation>본문만 보기(%1)</translation>
    </message>
    <message>
        <source>Side &amp;Panel</source>
        <translation>사이드 패널(&amp;P)</translation>
    </message>
    <message>
        <source>Show or hide the side panel (%1)</source>
        <translation>사이드 패널 보이기/숨기기(%1)</translation>
    </message>
    <message>
        <source>&amp;About Gloss</source>
        <translation>Gloss 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About Gloss</source>
        <translation>Gloss 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Gloss %1&lt;/h3&gt;&lt;p&gt;Read news articles closely: who is speaking, what is claimed, and your notes.&lt;/p&gt;&lt;p&gt;Highlighting and themes by KDE&apos;s KSyntaxHighlighting.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gloss %1&lt;/h3&gt;&lt;p&gt;뉴스 기사를 꼼꼼히 읽습니다: 누가 말하는지, 무엇을 주장하는지, 그리고 내 메모.&lt;/p&gt;&lt;p&gt;강조 표시와 테마: KDE의 KSyntaxHighlighting.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>주 도구 모음</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>주 도구 모음</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>시스템 설정 따르기(&amp;S)</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>주장</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>발화자</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>개체</translation>
    </message>
    <message>
        <source>%1: mention %2 of %3</source>
        <translation>%1: 언급 %3개 중 %2번째</translation>
    </message>
    <message>
        <source>Analysing the article</source>
        <translation>기사 분석 중</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>단어</translation>
    </message>
    <message>
        <source>Reading time</source>
        <translation>읽는 시간</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>인용</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Words: %1</source>
        <translation>단어: %1</translation>
    </message>
    <message>
        <source>Reading time: %1 min</source>
        <translation>읽는 시간: %1분</translation>
    </message>
    <message>
        <source>Speakers: %1</source>
        <translation>발화자: %1</translation>
    </message>
    <message>
        <source>Quotes: %1</source>
        <translation>인용: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>메모: %1</translation>
    </message>
    <message>
        <source>“%1” is a folder, not an article.</source>
        <translation>“%1”은(는) 기사가 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: no such file.</source>
        <translation>“%1”을(를) 읽을 수 없습니다: 파일이 없습니다.</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>“%1” 읽는 중…</translation>
    </message>
    <message>
        <source>Cannot open article</source>
        <translation>기사를 열 수 없습니다</translation>
    </message>
    <message>
        <source>%1 — Gloss</source>
        <translation>%1 — Gloss</translation>
    </message>
    <message>
        <source>Showing only %1’s quotes. Press Esc to show everyone’s.</source>
        <translation>%1의 인용만 보여 줍니다. Esc를 누르면 모두 보여 줍니다.</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>기사 열기</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation>기사 (*.txt *.md *.markdown *.html *.htm);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>목록 지우기(&amp;C)</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>메뉴 표시줄</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>상태 표시줄</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>시작하기(&amp;G)</translation>
    </message>
    <message>
        <source>What the colours mean, the side panel, notes, exporting and keys</source>
        <translation>색의 의미, 사이드 패널, 메모, 내보내기와 키</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>키보드 단축키(&amp;K)</translation>
    </message>
    <message>
        <source>Every action and its keys, with a filter</source>
        <translation>모든 동작과 그 키(필터 포함)</translation>
    </message>
    <message>
        <source>Find Bar</source>
        <translation>찾기 표시줄</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>%1: quote %2 of %3</source>
        <translation>%1: 인용 %3개 중 %2번째</translation>
    </message>
    <message>
        <source>This article is too long to analyse whole: quotes, speakers, entities and claims cover only its first %L1 characters (%2% of the text). All of the text is shown.</source>
        <translation>이 기사는 너무 길어 전체를 분석할 수 없습니다. 인용, 발화자, 개체, 주장은 처음 %L1자(본문의 %2%)만 다룹니다. 본문은 모두 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>gloss::MessageBar</name>
    <message>
        <source>Messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>gloss::NoteCard</name>
    <message>
        <source>Yellow</source>
        <translation>노랑</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>초록</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>파랑</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>분홍</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>주황</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>보라</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>회색</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>메모 내용</translation>
    </message>
    <message>
        <source>Write a note…</source>
        <translation>메모 쓰기…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Tags, separated by commas or #</source>
        <translation>태그(쉼표나 #으로 구분)</translation>
    </message>
    <message>
        <source>Colour, tags, delete</source>
        <translation>색, 태그, 삭제</translation>
    </message>
    <message>
        <source>Note menu</source>
        <translation>메모 메뉴</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>색(&amp;C)</translation>
    </message>
    <message>
        <source>Edit &amp;Tags</source>
        <translation>태그 편집(&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;ollapse</source>
        <translation>접기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete Note</source>
        <translation>메모 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Expand</source>
        <translation>펼치기(&amp;E)</translation>
    </message>
    <message>
        <source>(empty note)</source>
        <translation>(빈 메모)</translation>
    </message>
    <message>
        <source>On the whole article</source>
        <translation>기사 전체</translation>
    </message>
    <message>
        <source>Orphan, was on “%1”</source>
        <translation>고아 메모, 원래 위치: “%1”</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Expand the note</source>
        <translation>메모 펼치기</translation>
    </message>
    <message>
        <source>Collapse the note</source>
        <translation>메모 접기</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>펼치기</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>접기</translation>
    </message>
    <message>
        <source>Note on the article</source>
        <translation>기사에 대한 메모</translation>
    </message>
    <message>
        <source>Orphaned note, was on “%1”</source>
        <translation>고아 메모, 원래 위치: “%1”</translation>
    </message>
    <message>
        <source>Note on “%1”</source>
        <translation>“%1”에 대한 메모</translation>
    </message>
    <message>
        <source>Empty note</source>
        <translation>빈 메모</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>태그 추가</translation>
    </message>
</context>
<context>
    <name>gloss::NoteCommand</name>
    <message>
        <source>Add Note</source>
        <translation>메모 추가</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Note(s)</source>
        <translation>
            <numerusform>메모 %n개 삭제</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::NoteExport</name>
    <message>
        <source>Untitled article</source>
        <translation>제목 없는 기사</translation>
    </message>
    <message>
        <source>Note %1</source>
        <translation>메모 %1</translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <translation>%1번째 문단</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>태그: %1</translation>
    </message>
    <message>
        <source>Colour: %1</source>
        <translation>색: %1</translation>
    </message>
    <message>
        <source>None found.</source>
        <translation>찾은 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>메모: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>Byline: %1</source>
        <translation>필자: %1</translation>
    </message>
    <message>
        <source>Dateline: %1</source>
        <translation>발신지: %1</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>내보낸 날짜: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <comment>count</comment>
        <translation>메모: %1</translation>
    </message>
    <message>
        <source>(%1 orphaned)</source>
        <translation>(연결 끊김 %1개)</translation>
    </message>
    <message>
        <source>On the whole article</source>
        <translation>기사 전체에 대한 메모</translation>
    </message>
    <message>
        <source>Notes in reading order</source>
        <translation>읽는 순서대로 본 메모</translation>
    </message>
    <message>
        <source>No notes on passages.</source>
        <translation>구절에 붙은 메모가 없습니다.</translation>
    </message>
    <message>
        <source>Orphaned notes</source>
        <translation>연결이 끊긴 메모</translation>
    </message>
    <message>
        <source>These notes could not be placed in the current text of the article; each shows its last known passage.</source>
        <translation>이 메모들은 기사의 현재 본문에서 자리를 찾지 못했습니다. 각 메모에 마지막으로 알려진 구절을 표시합니다.</translation>
    </message>
    <message>
        <source>Claims by source</source>
        <translation>출처별 주장</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>출처 없음</translation>
    </message>
    <message>
        <source>Quotes by speaker</source>
        <translation>발화자별 인용</translation>
    </message>
    <message>
        <source>No speaker found</source>
        <translation>발화자를 찾지 못함</translation>
    </message>
    <message>
        <source>%1, quoted</source>
        <translation>%1의 인용</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>내보낸 날짜: %1</translation>
    </message>
    <message>
        <source>, %1 orphaned</source>
        <translation>, 연결 끊김 %1개</translation>
    </message>
    <message>
        <source>Exported from Gloss.</source>
        <translation>Gloss에서 내보냄.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>메모 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>파일: %1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>사이트: %1</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>작성자: %1</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>게재일: %1</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>게재일: %1</translation>
    </message>
    <message>
        <source>The article has no text.</source>
        <translation>기사에 텍스트가 없습니다.</translation>
    </message>
</context>
<context>
    <name>gloss::NoteExportActions</name>
    <message>
        <source>&amp;Export Notes…</source>
        <translation>메모 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Save the notes as Markdown, HTML, W3C annotations or CSV</source>
        <translation>메모를 Markdown, HTML, W3C 주석 또는 CSV로 저장합니다</translation>
    </message>
    <message>
        <source>&amp;Import Notes…</source>
        <translation>메모 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Add notes from a W3C Web Annotation file (Gloss, Hypothesis)</source>
        <translation>W3C 웹 주석 파일(Gloss, Hypothesis)에서 메모를 추가합니다</translation>
    </message>
    <message>
        <source>Copy Notes as &amp;Markdown</source>
        <translation>메모를 Markdown으로 복사(&amp;M)</translation>
    </message>
    <message>
        <source>Copy the selected notes (or all) as Markdown</source>
        <translation>선택한 메모(없으면 전부)를 Markdown으로 복사합니다</translation>
    </message>
    <message>
        <source>Notes exported to %1</source>
        <translation>메모를 %1(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation>메모 가져오기</translation>
    </message>
    <message>
        <source>W3C Web Annotations (*.jsonld *.json);;All files (*)</source>
        <translation>W3C 웹 주석 (*.jsonld *.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Open an article before importing notes.</source>
        <translation>메모를 가져오기 전에 기사를 여십시오.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>파일이 너무 큽니다</translation>
    </message>
    <message>
        <source>These notes were made on another article (%1).

Import them anyway? Notes whose passage is not in this article are kept as orphans.</source>
        <translation>이 메모는 다른 기사(%1)에 작성되었습니다.

그래도 가져올까요? 해당 구절이 이 기사에 없는 메모는 연결이 끊긴 메모로 보관됩니다.</translation>
    </message>
    <message>
        <source>Nothing imported from %1: %2</source>
        <translation>%1에서 아무것도 가져오지 못했습니다: %2</translation>
    </message>
    <message>
        <source>No notes to copy.</source>
        <translation>복사할 메모가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n note(s) as Markdown.</source>
        <translation>
            <numerusform>메모 %n개를 Markdown으로 복사했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::NoteImport</name>
    <message numerus="yes">
        <source>%Ln note(s) imported: %1 new, %2 updated, %3 unchanged; %4 orphaned</source>
        <translation>
            <numerusform>메모 %Ln개 가져옴: 새 메모 %1개, 갱신 %2개, 변경 없음 %3개, 연결 끊김 %4개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::NoteLayer</name>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message numerus="yes">
        <source>Import %n Note(s)</source>
        <translation>
            <numerusform>메모 %n개 가져오기</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add Note</source>
        <translation>메모 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Pin a note to the selected words (or the quote at the cursor)</source>
        <translation>선택한 단어(또는 커서 위치의 인용)에 메모 붙이기</translation>
    </message>
    <message>
        <source>Select some words (or put the cursor in a quote) to add a note; Notes &gt; Add Note on the Article for a note on the whole article.</source>
        <translation>메모를 추가하려면 단어를 선택하세요(또는 인용 안에 커서를 두세요). 기사 전체에 대한 메모는 메모 &gt; 기사에 메모 추가를 사용하세요.</translation>
    </message>
    <message>
        <source>Add Note on the A&amp;rticle</source>
        <translation>기사에 메모 추가(&amp;R)</translation>
    </message>
    <message>
        <source>A note on the article as a whole, at the top of the margin</source>
        <translation>기사 전체에 대한 메모(여백 맨 위)</translation>
    </message>
    <message>
        <source>&amp;Next Note</source>
        <translation>다음 메모(&amp;N)</translation>
    </message>
    <message>
        <source>Go to the next note in the text</source>
        <translation>본문의 다음 메모로 이동</translation>
    </message>
    <message>
        <source>&amp;Previous Note</source>
        <translation>이전 메모(&amp;P)</translation>
    </message>
    <message>
        <source>Go to the previous note in the text</source>
        <translation>본문의 이전 메모로 이동</translation>
    </message>
    <message>
        <source>&amp;Delete Note</source>
        <translation>메모 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the current note (or the notes selected in the Notes tab)</source>
        <translation>현재 메모(또는 메모 탭에서 선택한 메모) 삭제</translation>
    </message>
    <message>
        <source>No note to delete: click a note first.</source>
        <translation>삭제할 메모가 없습니다. 먼저 메모를 클릭하세요.</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>메모(&amp;N)</translation>
    </message>
    <message>
        <source>Show the Notes &amp;Tab</source>
        <translation>메모 탭 표시(&amp;T)</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) could be read and are shown.</source>
        <translation>
            <numerusform>메모 %n개를 읽어 표시했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note added (widen the window to see the notes beside the text).</source>
        <translation>메모를 추가했습니다(본문 옆의 메모를 보려면 창을 넓히세요).</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>메모 편집</translation>
    </message>
    <message>
        <source>Note Colour: %1</source>
        <translation>메모 색: %1</translation>
    </message>
    <message>
        <source>Note Tags</source>
        <translation>메모 태그</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) deleted. %1 brings them back.</source>
        <translation>
            <numerusform>메모 %n개를 삭제했습니다. %1(으)로 되돌릴 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>This note’s passage is no longer in the text. It was on “%1”.</source>
        <translation>이 메모가 붙어 있던 구절이 더 이상 본문에 없습니다. 원래 위치: “%1”.</translation>
    </message>
    <message>
        <source>No notes on this article yet.</source>
        <translation>이 기사에는 아직 메모가 없습니다.</translation>
    </message>
    <message>
        <source>That was the last note.</source>
        <translation>마지막 메모입니다.</translation>
    </message>
    <message>
        <source>That was the first note.</source>
        <translation>첫 번째 메모입니다.</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>메모 추가</translation>
    </message>
    <message>
        <source>Add Note on This Quote</source>
        <translation>이 인용에 메모 추가</translation>
    </message>
    <message>
        <source>(empty note)</source>
        <translation>(빈 메모)</translation>
    </message>
    <message>
        <source>Edit Note “%1”</source>
        <translation>메모 “%1” 편집</translation>
    </message>
    <message>
        <source>Delete Note “%1”</source>
        <translation>메모 “%1” 삭제</translation>
    </message>
    <message>
        <source>Add Note on the Article</source>
        <translation>기사에 메모 추가</translation>
    </message>
    <message>
        <source>Add Note on This Claim</source>
        <translation>이 주장에 메모 추가</translation>
    </message>
    <message>
        <source>No room for the note cards beside the text at this window size and zoom: the notes are listed in the Notes tab.</source>
        <translation>현재 창 크기와 확대 배율에서는 본문 옆에 메모 카드를 놓을 공간이 없어 메모 탭에 메모를 나열합니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) in the Notes tab</source>
        <translation>
            <numerusform>메모 탭에 메모 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::NotesPanel</name>
    <message>
        <source>Search notes and #tags</source>
        <translation>메모와 #태그 검색</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>메모 검색</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>On the article</source>
        <translation>기사 전체</translation>
    </message>
    <message>
        <source>In the text</source>
        <translation>본문</translation>
    </message>
    <message>
        <source>Orphans</source>
        <translation>고아 메모</translation>
    </message>
    <message>
        <source>Notes whose passage is no longer in the text: they keep the words they were on.</source>
        <translation>구절이 더 이상 본문에 없는 메모입니다. 원래 붙어 있던 단어를 간직합니다.</translation>
    </message>
    <message>
        <source>(empty note)</source>
        <translation>(빈 메모)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Note on the article</source>
        <translation>기사에 대한 메모</translation>
    </message>
    <message>
        <source>Note on “%1”</source>
        <translation>“%1”에 대한 메모</translation>
    </message>
    <message>
        <source>No notes yet. Select a passage and press %1, or right-click a quote or a claim.</source>
        <translation>아직 메모가 없습니다. 구절을 선택하고 %1을(를) 누르거나, 인용 또는 주장을 마우스 오른쪽 버튼으로 클릭하세요.</translation>
    </message>
    <message>
        <source>No note matches “%1”.</source>
        <translation>“%1”와(과) 일치하는 메모가 없습니다.</translation>
    </message>
</context>
<context>
    <name>gloss::OpenLinkDialog</name>
    <message>
        <source>Download again, even if the page was opened before</source>
        <translation>전에 연 페이지라도 다시 내려받기</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>링크 열기</translation>
    </message>
    <message>
        <source>The article&apos;s text is kept, so your notes stay where you put them even if the page changes later.</source>
        <translation>기사 본문을 보관하므로, 나중에 페이지가 바뀌어도 메모는 붙인 자리에 그대로 남습니다.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>주소(&amp;A):</translation>
    </message>
</context>
<context>
    <name>gloss::PrintActions</name>
    <message>
        <source>Notes and Colours</source>
        <translation>메모와 색</translation>
    </message>
    <message>
        <source>In the &amp;margin, beside their passages</source>
        <translation>여백에, 해당 구절 옆에(&amp;M)</translation>
    </message>
    <message>
        <source>As &amp;endnotes, numbered after the article</source>
        <translation>미주로, 기사 뒤에 번호를 붙여(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Speaker colours</source>
        <translation>발화자 색(&amp;S)</translation>
    </message>
    <message>
        <source>E&amp;ntity underlines</source>
        <translation>개체 밑줄(&amp;N)</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>메모:</translation>
    </message>
    <message>
        <source>Print:</source>
        <translation>인쇄:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the article with its notes</source>
        <translation>기사를 메모와 함께 인쇄합니다</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>PDF로 내보내기(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the article with its notes as a PDF</source>
        <translation>기사를 메모와 함께 PDF로 저장합니다</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Exported as PDF to %1</source>
        <translation>%1(으)로 PDF를 내보냈습니다</translation>
    </message>
    <message>
        <source>Open an article to print it.</source>
        <translation>인쇄하려면 기사를 여십시오.</translation>
    </message>
    <message>
        <source>Print Article</source>
        <translation>기사 인쇄</translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation>%1(으)로 보냈습니다</translation>
    </message>
    <message>
        <source>Printed to %1</source>
        <translation>%1(으)로 인쇄했습니다</translation>
    </message>
    <message>
        <source>Open an article to export it.</source>
        <translation>내보내려면 기사를 여십시오.</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>PDF로 내보내기</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>용지 크기:</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>저장(&amp;S)…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>gloss::PrintDocument</name>
    <message>
        <source>%1, quoted</source>
        <translation>%1의 인용</translation>
    </message>
    <message>
        <source>On the whole article</source>
        <translation>기사 전체에 대한 메모</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>사이트: %1</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>작성자: %1</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>게재일: %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>인쇄일: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>메모 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 orphaned</source>
        <translation>, 연결 끊김 %1개</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Orphaned notes</source>
        <translation>연결이 끊긴 메모</translation>
    </message>
    <message>
        <source>These notes could not be placed in the current text of the article; each shows its last known passage.</source>
        <translation>이 메모들은 기사의 현재 본문에서 자리를 찾지 못했습니다. 각 메모에 마지막으로 알려진 구절을 표시합니다.</translation>
    </message>
</context>
<context>
    <name>gloss::ShortcutsDialog</name>
    <message>
        <source>Show actions &amp;without shortcuts</source>
        <translation>단축키 없는 동작도 표시(&amp;W)</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts — Gloss</source>
        <translation>키보드 단축키 — Gloss</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>필터(&amp;F):</translation>
    </message>
    <message>
        <source>Action or key, e.g. “note” or “Ctrl+F”</source>
        <translation>동작 또는 키, 예: “메모” 또는 “Ctrl+F”</translation>
    </message>
    <message>
        <source>Filter the shortcuts</source>
        <translation>단축키 거르기</translation>
    </message>
    <message>
        <source>Lists only the actions whose name, menu or keys contain every word typed</source>
        <translation>이름, 메뉴 또는 키에 입력한 단어가 모두 들어 있는 동작만 나열합니다</translation>
    </message>
    <message>
        <source>Actions and their keys</source>
        <translation>동작과 키</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>no shortcut</source>
        <translation>단축키 없음</translation>
    </message>
    <message>
        <source>Not available right now</source>
        <translation>지금은 사용할 수 없음</translation>
    </message>
    <message>
        <source>No shortcuts.</source>
        <translation>단축키가 없습니다.</translation>
    </message>
    <message>
        <source>No action or key matches “%1”.</source>
        <translation>“%1”와(과) 일치하는 동작이나 키가 없습니다.</translation>
    </message>
</context>
<context>
    <name>gloss::SourceHeader</name>
    <message>
        <source>Reload</source>
        <translation>다시 불러오기</translation>
    </message>
    <message>
        <source>Download the page again (the text shown is the copy saved when it was first opened)</source>
        <translation>페이지를 다시 내려받습니다(지금 보이는 본문은 처음 열 때 저장한 사본입니다)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>글: %1</translation>
    </message>
</context>
<context>
    <name>gloss::SpeakersPanel</name>
    <message>
        <source>Speakers</source>
        <translation>발화자</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>모두 보기</translation>
    </message>
    <message>
        <source>Show all speakers&apos; quotes</source>
        <translation>모든 발화자의 인용 보기</translation>
    </message>
    <message>
        <source>Clear the speaker filter (Esc)</source>
        <translation>발화자 필터 해제(Esc)</translation>
    </message>
    <message>
        <source>Speakers and their colours</source>
        <translation>발화자와 색상</translation>
    </message>
    <message>
        <source>Quotes: %1</source>
        <translation>인용: %1</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>출처 없음</translation>
    </message>
    <message>
        <source>Direct quotes without a known speaker</source>
        <translation>발화자를 알 수 없는 직접 인용</translation>
    </message>
    <message>
        <source>No quoted speakers found.</source>
        <translation>인용된 발화자를 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>Other speakers (%1)</source>
        <translation>그 밖의 발화자 (%1)</translation>
    </message>
    <message>
        <source>Find a speaker</source>
        <translation>발화자 찾기</translation>
    </message>
    <message>
        <source>Shows the speakers whose name contains these letters; Down goes to the list</source>
        <translation>이름에 이 글자가 들어 있는 발화자를 보여 줍니다. 아래쪽 키를 누르면 목록으로 갑니다</translation>
    </message>
    <message>
        <source>Order of the speakers</source>
        <translation>발화자 순서</translation>
    </message>
    <message>
        <source>Most quoted</source>
        <translation>인용 많은 순</translation>
    </message>
    <message>
        <source>First to speak</source>
        <translation>처음 말한 순</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름순</translation>
    </message>
    <message>
        <source>Pre&amp;vious Quote of the Speaker</source>
        <translation>이 발화자의 이전 인용(&amp;V)</translation>
    </message>
    <message>
        <source>Ne&amp;xt Quote of the Speaker</source>
        <translation>이 발화자의 다음 인용(&amp;X)</translation>
    </message>
    <message>
        <source>Quote of the speaker</source>
        <translation>발화자의 인용</translation>
    </message>
    <message>
        <source>The %1 most quoted speakers have a colour of their own; these %2 share this one.</source>
        <translation>가장 많이 인용된 발화자 %1명은 각자의 색을 가지며, 이 %2명은 이 색을 함께 씁니다.</translation>
    </message>
    <message>
        <source>(%1 shown)</source>
        <translation>(%1개 표시)</translation>
    </message>
    <message>
        <source>Who is quoted and how often; Enter shows only that speaker&apos;s quotes and goes to the first, again to the next; Esc shows everyone&apos;s again</source>
        <translation>누가 얼마나 자주 인용되었는지 보여 줍니다. Enter를 누르면 그 발화자의 인용만 보여 주고 첫 번째 인용으로 가며, 다시 누르면 다음 인용으로 갑니다. Esc를 누르면 다시 모두 보여 줍니다</translation>
    </message>
    <message>
        <source>Click a speaker for their quotes.</source>
        <translation>발화자를 클릭하면 그 사람의 인용을 보여 줍니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n quote(s)</source>
        <translation>
            <numerusform>%1 · 인용 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · quote %2 of %3</source>
        <translation>%1 · 인용 %3개 중 %2번째</translation>
    </message>
    <message>
        <source>Quotes: %1. Click to show only this speaker&apos;s quotes and go to the first, again for the next; untick to stop tinting them.</source>
        <translation>인용: %1개. 클릭하면 이 발화자의 인용만 보여 주고 첫 번째 인용으로 가며, 다시 클릭하면 다음 인용으로 갑니다. 체크를 해제하면 색칠을 멈춥니다.</translation>
    </message>
    <message>
        <source>Speakers sharing one colour</source>
        <translation>한 색을 함께 쓰는 발화자</translation>
    </message>
    <message>
        <source>Speakers: %1 · Quotes: %2.</source>
        <translation>발화자: %1 · 인용: %2.</translation>
    </message>
    <message>
        <source>The %1 most quoted have a colour of their own, the other %2 share grey.</source>
        <translation>가장 많이 인용된 %1명은 각자의 색을 가지며, 나머지 %2명은 회색을 함께 씁니다.</translation>
    </message>
</context>
<context>
    <name>gloss::SyncController</name>
    <message>
        <source>&amp;Sync Settings…</source>
        <translation>동기화 설정(&amp;S)…</translation>
    </message>
    <message>
        <source>The WebDAV server, user and password, and when to sync</source>
        <translation>WebDAV 서버, 사용자와 비밀번호, 동기화 시점</translation>
    </message>
    <message>
        <source>Sync is off. The notes stay on this device.</source>
        <translation>동기화가 꺼져 있습니다. 메모는 이 기기에만 있습니다.</translation>
    </message>
    <message>
        <source>The server refused the user name or password, so sync stopped. Enter them again in Notes &gt; Sync Settings.</source>
        <translation>서버가 사용자 이름이나 비밀번호를 거부해 동기화를 멈췄습니다. 메모 &gt; 동기화 설정에서 다시 입력하십시오.</translation>
    </message>
    <message>
        <source>Sync: the server cannot be reached; the notes sync later. %1</source>
        <translation>동기화: 서버에 연결할 수 없습니다. 메모는 나중에 동기화됩니다. %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>동기화 실패: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sync kept both versions of %n note(s) edited on two devices: each copy is next to its note, tagged “%1” (Notes tab; %2 in this article).</source>
        <translation>
            <numerusform>두 기기에서 편집된 메모 %n개의 두 버전을 동기화에서 모두 남겼습니다. 각 사본은 원래 메모 옆에 있으며 “%1” 태그가 붙어 있습니다(메모 탭, 이 기사에는 %2개).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) added</source>
        <translation>
            <numerusform>메모 %n개 추가됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <comment>notes</comment>
        <translation>
            <numerusform>%n개 변경됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <comment>notes</comment>
        <translation>
            <numerusform>%n개 삭제됨</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced: %1.</source>
        <translation>동기화됨: %1.</translation>
    </message>
</context>
<context>
    <name>gloss::SyncJson</name>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>JSON이 아닙니다(바이트 %2에서 %1)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <source>not an AnnotationCollection</source>
        <translation>AnnotationCollection이 아닙니다</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be read</source>
        <translation>
            <numerusform>항목 %n개를 읽을 수 없습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::SyncSettingsDialog</name>
    <message>
        <source>Sync Settings</source>
        <translation>동기화 설정</translation>
    </message>
    <message>
        <source>Sync notes through a WebDAV server</source>
        <translation>WebDAV 서버로 메모 동기화</translation>
    </message>
    <message>
        <source>Each device writes its own file on the server: give each machine its own name.</source>
        <translation>기기마다 서버에 자기 파일을 씁니다. 기기마다 다른 이름을 지정하십시오.</translation>
    </message>
    <message>
        <source>When an article &amp;opens</source>
        <translation>기사를 열 때(&amp;O)</translation>
    </message>
    <message>
        <source>After notes are &amp;saved</source>
        <translation>메모를 저장한 후(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation>주기적으로(&amp;E)</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분마다</translation>
    </message>
    <message>
        <source>Minutes between syncs</source>
        <translation>동기화 간격(분)</translation>
    </message>
    <message>
        <source>With none ticked, notes sync only by hand (Notes &gt; Sync Now).</source>
        <translation>아무것도 선택하지 않으면 메모는 직접 동기화할 때만 동기화됩니다(메모 &gt; 지금 동기화).</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>서버 주소(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>사용자(&amp;U):</translation>
    </message>
    <message>
        <source>App &amp;password:</source>
        <translation>앱 비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation>기기 이름(&amp;D):</translation>
    </message>
    <message>
        <source>Sync:</source>
        <translation>동기화 시점:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>연결 테스트(&amp;T)</translation>
    </message>
    <message>
        <source>Ask the server now: the user and password, the folders, and whether it protects files from being overwritten. Nothing is saved.</source>
        <translation>지금 서버에 확인합니다: 사용자와 비밀번호, 폴더, 그리고 서버가 파일을 덮어쓰기로부터 보호하는지. 아무것도 저장하지 않습니다.</translation>
    </message>
    <message>
        <source>stored; type a new one to change it</source>
        <translation>저장됨. 바꾸려면 새 비밀번호를 입력하십시오</translation>
    </message>
    <message>
        <source>Enter the address of the WebDAV folder.</source>
        <translation>WebDAV 폴더의 주소를 입력하십시오.</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http://).</source>
        <translation>주소는 https://(또는 http://)로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>사용자 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter the password (an app password, where the server offers them).</source>
        <translation>비밀번호를 입력하십시오(서버가 앱 비밀번호를 제공하면 앱 비밀번호).</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1에 확인하는 중…</translation>
    </message>
    <message>
        <source>The server answers: sync will work with these settings.</source>
        <translation>서버가 응답했습니다. 이 설정으로 동기화할 수 있습니다.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>경고: %1</translation>
    </message>
</context>
<context>
    <name>gloss::SyncStateAction</name>
    <message>
        <source>S&amp;ync Now</source>
        <translation>지금 동기화(&amp;Y)</translation>
    </message>
    <message>
        <source>Sync Off</source>
        <translation>동기화 꺼짐</translation>
    </message>
    <message>
        <source>Notes are not synced. Click to set up sync with a WebDAV server (Nextcloud, ownCloud, …).</source>
        <translation>메모가 동기화되지 않습니다. 클릭하면 WebDAV 서버(Nextcloud, ownCloud, …)와의 동기화를 설정합니다.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>동기화</translation>
    </message>
    <message>
        <source>Sync is set up. Click to sync now.</source>
        <translation>동기화가 설정되어 있습니다. 클릭하면 지금 동기화합니다.</translation>
    </message>
    <message>
        <source>Syncing %1/%2</source>
        <translation>동기화 중 %1/%2</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>동기화 중</translation>
    </message>
    <message>
        <source>Syncing notes with the server…</source>
        <translation>서버와 메모를 동기화하는 중…</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>동기화됨</translation>
    </message>
    <message>
        <source>Notes are synced. Click to sync now.</source>
        <translation>메모가 동기화되었습니다. 클릭하면 지금 동기화합니다.</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>충돌</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) were edited on two devices: both versions are kept, the copy is tagged “conflict” in the Notes tab. Click to sync now.</source>
        <translation>
            <numerusform>메모 %n개가 두 기기에서 편집되었습니다. 두 버전을 모두 남겼으며, 사본에는 메모 탭에서 “conflict” 태그가 붙어 있습니다. 클릭하면 지금 동기화합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <source>The server could not be reached; notes are kept here and sync later. Click to try now.</source>
        <translation>서버에 연결할 수 없습니다. 메모는 이곳에 보관되며 나중에 동기화됩니다. 클릭하면 지금 다시 시도합니다.</translation>
    </message>
    <message>
        <source>Wrong Password</source>
        <translation>잘못된 비밀번호</translation>
    </message>
    <message>
        <source>The server refused the user or password; sync stopped. Click to open the sync settings.</source>
        <translation>서버가 사용자나 비밀번호를 거부해 동기화를 멈췄습니다. 클릭하면 동기화 설정을 엽니다.</translation>
    </message>
    <message>
        <source>Sync Failed</source>
        <translation>동기화 실패</translation>
    </message>
    <message>
        <source>The last sync failed. Click to try again.</source>
        <translation>마지막 동기화에 실패했습니다. 클릭하면 다시 시도합니다.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>마지막 동기화: %1</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>아직 동기화하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>gloss::TextDecoder</name>
    <message>
        <source>not a text file (it contains NUL bytes)</source>
        <translation>텍스트 파일이 아닙니다(NUL 바이트가 있습니다)</translation>
    </message>
    <message>
        <source>no byte order mark: read as %1</source>
        <translation>바이트 순서 표시가 없어 %1(으)로 읽었습니다</translation>
    </message>
    <message>
        <source>invalid %1 sequences replaced by �</source>
        <translation>잘못된 %1 시퀀스를 �(으)로 바꾸었습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid UTF-8 byte(s) replaced by �</source>
        <translation>
            <numerusform>잘못된 UTF-8 바이트 %n개를 �(으)로 바꾸었습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>not valid UTF-8: read as Windows-1252 (Latin-1)</source>
        <translation>올바른 UTF-8이 아니어서 Windows-1252(Latin-1)로 읽었습니다</translation>
    </message>
    <message>
        <source>not a text file (%1% of it is control or undecodable characters)</source>
        <translation>텍스트 파일이 아닙니다(%1%가 제어 문자이거나 해독할 수 없는 문자입니다)</translation>
    </message>
    <message numerus="yes">
        <source>%n control or undecodable character(s) removed or replaced</source>
        <translation>
            <numerusform>제어 문자 또는 해독할 수 없는 문자 %n개를 지우거나 바꾸었습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gloss::WebSources</name>
    <message>
        <source>Open &amp;Link…</source>
        <translation>링크 열기(&amp;L)…</translation>
    </message>
    <message>
        <source>Open a news article from the web</source>
        <translation>웹에서 뉴스 기사를 엽니다</translation>
    </message>
    <message>
        <source>Reload from &amp;Web</source>
        <translation>웹에서 다시 불러오기(&amp;W)</translation>
    </message>
    <message>
        <source>Download the shown page again instead of using the saved copy</source>
        <translation>저장한 사본 대신 보고 있는 페이지를 다시 내려받습니다</translation>
    </message>
    <message>
        <source>Paste as &amp;New Article</source>
        <translation>새 기사로 붙여넣기(&amp;N)</translation>
    </message>
    <message>
        <source>Open the text or web page selection on the clipboard as an article</source>
        <translation>클립보드의 텍스트나 웹 페이지 선택 영역을 기사로 엽니다</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 여는 중…</translation>
    </message>
    <message>
        <source>Opened the copy saved when this page was first read (File &gt; Reload from Web for the current page)</source>
        <translation>이 페이지를 처음 읽을 때 저장한 사본을 열었습니다(현재 페이지는 파일 &gt; 웹에서 다시 불러오기)</translation>
    </message>
    <message>
        <source>Downloaded %1</source>
        <translation>%1을(를) 내려받았습니다</translation>
    </message>
    <message>
        <source>Cannot open link</source>
        <translation>링크를 열 수 없습니다</translation>
    </message>
    <message>
        <source>The clipboard holds no text to open</source>
        <translation>클립보드에 열 텍스트가 없습니다</translation>
    </message>
</context>
<context>
    <name>gloss::cli</name>
    <message>
        <source>Title:</source>
        <translation>제목:</translation>
    </message>
    <message>
        <source>Dateline:</source>
        <translation>발신지:</translation>
    </message>
    <message>
        <source>Byline:</source>
        <translation>필자:</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>길이:</translation>
    </message>
    <message>
        <source> via %1</source>
        <translation> (경유: %1)</translation>
    </message>
    <message>
        <source>Speakers (%1)</source>
        <translation>발화자 (%1)</translation>
    </message>
    <message>
        <source>  (no speaker) ×%1</source>
        <translation>  (발화자 없음) ×%1</translation>
    </message>
    <message>
        <source>Other quoted words (%1)</source>
        <translation>그 밖의 따옴표 속 말 (%1)</translation>
    </message>
    <message>
        <source>Entities (%1)</source>
        <translation>개체 (%1)</translation>
    </message>
    <message>
        <source>Claims (%1)</source>
        <translation>주장 (%1)</translation>
    </message>
    <message>
        <source>Analyse articles: quotes, speakers, entities, claims.
Several files are analysed in parallel and printed in the order given, one JSON object per line. &apos;-&apos; reads standard input.</source>
        <translation>기사를 분석합니다: 인용, 발화자, 개체, 주장.
여러 파일은 병렬로 분석하고 주어진 순서대로 한 줄에 JSON 객체 하나씩 출력합니다. &apos;-&apos;는 표준 입력을 읽습니다.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>이 도움말을 보여 줍니다.</translation>
    </message>
    <message>
        <source>Output format: json (default) or text.</source>
        <translation>출력 형식: json(기본값) 또는 text.</translation>
    </message>
    <message>
        <source>Article files (.txt, .md, .html, ...) or web addresses (http, https).</source>
        <translation>기사 파일(.txt, .md, .html, ...) 또는 웹 주소(http, https).</translation>
    </message>
    <message>
        <source>analyze: %1 (see gloss analyze --help)</source>
        <translation>analyze: %1 (gloss analyze --help 참고)</translation>
    </message>
    <message>
        <source>analyze: unknown format &apos;%1&apos; (json or text)</source>
        <translation>analyze: 알 수 없는 형식 &apos;%1&apos; (json 또는 text)</translation>
    </message>
    <message>
        <source>analyze: no file given (see gloss analyze --help)</source>
        <translation>analyze: 파일을 지정하지 않았습니다 (gloss analyze --help 참고)</translation>
    </message>
    <message>
        <source>-: too large (the limit is %1 MB)</source>
        <translation>-: 너무 큽니다(한도는 %1MB)</translation>
    </message>
    <message>
        <source>Folder of Gloss&apos;s data (default: $GLOSS_DATA_DIR, else the standard one).</source>
        <translation>Gloss 데이터 폴더(기본값: $GLOSS_DATA_DIR, 없으면 표준 폴더).</translation>
    </message>
    <message>
        <source>Exports the notes on an article (with the article, for HTML).

  gloss export FILE --format md|html|w3c|csv [-o OUT] [--include claims,quotes]</source>
        <translation>기사의 메모를 내보냅니다(HTML은 기사와 함께).

  gloss export 파일 --format md|html|w3c|csv [-o 출력] [--include claims,quotes]</translation>
    </message>
    <message>
        <source>md (Markdown), html, w3c (W3C Web Annotation JSON-LD) or csv.</source>
        <translation>md(Markdown), html, w3c(W3C 웹 주석 JSON-LD) 또는 csv.</translation>
    </message>
    <message>
        <source>Write to this file (default: standard output).</source>
        <translation>이 파일에 씁니다(기본값: 표준 출력).</translation>
    </message>
    <message>
        <source>Sections to add to md and html: claims (claims by source), quotes (quotes by speaker); comma-separated.</source>
        <translation>md와 html에 추가할 부분: claims(출처별 주장), quotes(발화자별 인용). 쉼표로 구분합니다.</translation>
    </message>
    <message>
        <source>html: only the paragraphs that carry notes (default: the whole article).</source>
        <translation>html: 메모가 있는 문단만(기본값: 기사 전체).</translation>
    </message>
    <message>
        <source>csv: no UTF-8 byte order mark at the start.</source>
        <translation>csv: 맨 앞에 UTF-8 바이트 순서 표시를 넣지 않습니다.</translation>
    </message>
    <message>
        <source>The article.</source>
        <translation>기사.</translation>
    </message>
    <message>
        <source>export: expected one FILE (see gloss export --help)</source>
        <translation>export: 파일 하나가 필요합니다 (gloss export --help 참고)</translation>
    </message>
    <message>
        <source>export: unknown format %1 (md, html, w3c or csv)</source>
        <translation>export: 알 수 없는 형식 %1 (md, html, w3c 또는 csv)</translation>
    </message>
    <message>
        <source>export: unknown section %1 (claims or quotes)</source>
        <translation>export: 알 수 없는 부분 %1 (claims 또는 quotes)</translation>
    </message>
    <message>
        <source>export: cannot write %1: %2</source>
        <translation>export: %1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Imports W3C Web Annotations (a Gloss export, or Hypothesis&apos;s W3C form) into the notes on an article, merged by id and re-anchored in its text.

  gloss notes import FILE ANNOTATIONS.json [--force]</source>
        <translation>W3C 웹 주석(Gloss에서 내보낸 파일이나 Hypothesis의 W3C 형식)을 기사의 메모로 가져옵니다. ID로 병합하고 본문에 다시 고정합니다.

  gloss notes import 파일 주석.json [--force]</translation>
    </message>
    <message>
        <source>Import notes made on another article all the same.</source>
        <translation>다른 기사에 작성된 메모도 그대로 가져옵니다.</translation>
    </message>
    <message>
        <source>The W3C JSON file.</source>
        <translation>W3C JSON 파일.</translation>
    </message>
    <message>
        <source>notes import: expected FILE and ANNOTATIONS.json (see gloss notes import --help)</source>
        <translation>notes import: 파일과 주석.json이 필요합니다 (gloss notes import --help 참고)</translation>
    </message>
    <message>
        <source>notes import: cannot read %1: %2</source>
        <translation>notes import: %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>notes import: %1 is too large</source>
        <translation>notes import: %1이(가) 너무 큽니다</translation>
    </message>
    <message>
        <source>notes import: %1</source>
        <translation>notes import: %1</translation>
    </message>
    <message>
        <source>notes import: the notes were made on another article (%1); imported as asked</source>
        <translation>notes import: 다른 기사(%1)에 작성된 메모이지만 요청대로 가져왔습니다</translation>
    </message>
    <message>
        <source>(article)</source>
        <translation>(기사)</translation>
    </message>
    <message>
        <source>note id %1 is ambiguous (%2 notes start with it)</source>
        <translation>메모 ID %1이(가) 모호합니다(그렇게 시작하는 메모가 %2개)</translation>
    </message>
    <message>
        <source>no note with id %1</source>
        <translation>ID가 %1인 메모가 없습니다</translation>
    </message>
    <message>
        <source>The exact words to note (as in the article).</source>
        <translation>메모를 붙일 정확한 문구(기사에 있는 그대로).</translation>
    </message>
    <message>
        <source>Which occurrence of the quote, counting from 1 (needed when it occurs more than once).</source>
        <translation>문구가 몇 번째로 나오는 곳인지, 1부터 셉니다(두 번 이상 나올 때 필요).</translation>
    </message>
    <message>
        <source>The note.</source>
        <translation>메모 내용.</translation>
    </message>
    <message>
        <source>A tag (repeat for more).</source>
        <translation>태그(여러 개는 반복해서 지정).</translation>
    </message>
    <message>
        <source>Colour: %1, or #rrggbb.</source>
        <translation>색: %1 또는 #rrggbb.</translation>
    </message>
    <message>
        <source>Output of list: json (default) or text.</source>
        <translation>list의 출력: json(기본값) 또는 text.</translation>
    </message>
    <message>
        <source>notes list: unknown format %1 (json or text)</source>
        <translation>notes list: 알 수 없는 형식 %1 (json 또는 text)</translation>
    </message>
    <message>
        <source>no notes
</source>
        <translation>메모 없음
</translation>
    </message>
    <message>
        <source>notes remove: which note? (gloss notes remove FILE ID)</source>
        <translation>notes remove: 어느 메모입니까? (gloss notes remove 파일 ID)</translation>
    </message>
    <message>
        <source>notes add: --text is missing</source>
        <translation>notes add: --text가 없습니다</translation>
    </message>
    <message>
        <source>notes add: unknown colour %1 (use %2, or #rrggbb)</source>
        <translation>notes add: 알 수 없는 색 %1 (%2 또는 #rrggbb 사용)</translation>
    </message>
    <message>
        <source>notes add: the quote is empty</source>
        <translation>notes add: 문구가 비어 있습니다</translation>
    </message>
    <message>
        <source>notes add: the quote is not in %1</source>
        <translation>notes add: 문구가 %1에 없습니다</translation>
    </message>
    <message>
        <source>notes add: --occurrence must be between 1 and %1</source>
        <translation>notes add: --occurrence는 1에서 %1 사이여야 합니다</translation>
    </message>
    <message>
        <source>notes add: the quote occurs %1 times in %2; choose one with --occurrence 1..%1</source>
        <translation>notes add: 문구가 %2에 %1번 나옵니다. --occurrence 1..%1(으)로 하나를 고르십시오</translation>
    </message>
    <message>
        <source>notes add: --occurrence needs --quote</source>
        <translation>notes add: --occurrence에는 --quote가 필요합니다</translation>
    </message>
    <message>
        <source>%1, %2, %3 (%4)</source>
        <comment>words, paragraphs, sentences (format)</comment>
        <translation>%1, %2, %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>단어 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>문단 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s)</source>
        <translation>
            <numerusform>문장 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>경고:</translation>
    </message>
    <message>
        <source>Notes on an article, kept in the same store as the window.

  gloss notes add FILE --quote TEXT [--occurrence N] --text NOTE [--tag T]... [--color C]
  gloss notes add FILE --text NOTE          (a note on the whole article)
  gloss notes list FILE [--format json|text]
  gloss notes remove FILE ID
  gloss notes import FILE ANNOTATIONS.json [--force]   (see gloss notes import --help)</source>
        <translation>기사에 대한 메모입니다. 창과 같은 저장소에 보관됩니다.

  gloss notes add FILE --quote TEXT [--occurrence N] --text NOTE [--tag T]... [--color C]
  gloss notes add FILE --text NOTE          (기사 전체에 대한 메모)
  gloss notes list FILE [--format json|text]
  gloss notes remove FILE ID
  gloss notes import FILE ANNOTATIONS.json [--force]   (gloss notes import --help 참고)</translation>
    </message>
    <message>
        <source>add, list, remove or import.</source>
        <translation>add, list, remove 또는 import.</translation>
    </message>
    <message>
        <source>notes: expected add, list, remove or import and a FILE (see gloss notes --help)</source>
        <translation>notes: add, list, remove 또는 import와 파일이 필요합니다 (gloss notes --help 참고)</translation>
    </message>
    <message>
        <source>  (see %1 --help)
</source>
        <translation>  (%1 --help 참고)
</translation>
    </message>
    <message>
        <source>%1: web pages cannot be read here (%2)</source>
        <translation>%1: 여기서는 웹 페이지를 읽을 수 없습니다(%2)</translation>
    </message>
    <message>
        <source>the library cannot be used here (%1)</source>
        <translation>여기서는 라이브러리를 사용할 수 없습니다(%1)</translation>
    </message>
    <message>
        <source>Syncs notes with a WebDAV folder (Nextcloud, ownCloud, a NAS, Apache, lighttpd).

  gloss sync setup URL --user NAME [--device NAME]
      Sets up sync for this data folder: the password (an app password) is read
      from GLOSS_SYNC_PASSWORD or the terminal and kept in the system keychain
      (where none runs: in a file readable by you only). Checks that the server
      honours preconditions, and warns when it does not.
  gloss sync [--dry-run] [FILE...]
      Syncs the notes of every article with notes (here or on the server), or of
      the FILEs named. Notes edited on two devices keep both versions (a conflict
      copy); nothing local is deleted by a sync.
  gloss sync status
      Shows the settings and the last sync, without the network.

Each data folder (--data-dir, GLOSS_DATA_DIR) is a device of its own.</source>
        <translation>메모를 WebDAV 폴더(Nextcloud, ownCloud, NAS, Apache, lighttpd)와 동기화합니다.

  gloss sync setup URL --user NAME [--device NAME]
      이 데이터 폴더의 동기화를 설정합니다. 비밀번호(앱 비밀번호)는
      GLOSS_SYNC_PASSWORD나 터미널에서 읽어 시스템 키체인에 보관합니다
      (키체인이 실행되지 않으면 본인만 읽을 수 있는 파일에). 서버가 조건부
      요청을 지키는지 확인하고, 지키지 않으면 경고합니다.
  gloss sync [--dry-run] [FILE...]
      (이곳이나 서버에) 메모가 있는 모든 기사의 메모를, 또는 지정한
      FILE의 메모를 동기화합니다. 두 기기에서 편집한 메모는 두 버전을
      모두 남기며(충돌 사본), 동기화로 로컬의 것이 삭제되지는 않습니다.
  gloss sync status
      설정과 마지막 동기화를 네트워크 없이 보여 줍니다.

데이터 폴더(--data-dir, GLOSS_DATA_DIR) 하나하나가 별개의 기기입니다.</translation>
    </message>
    <message>
        <source>The user name on the server (setup).</source>
        <translation>서버의 사용자 이름(setup).</translation>
    </message>
    <message>
        <source>This device&apos;s name (setup; default: the host name).</source>
        <translation>이 기기의 이름(setup, 기본값: 호스트 이름).</translation>
    </message>
    <message>
        <source>Say what a sync would change, and change nothing.</source>
        <translation>동기화로 무엇이 바뀔지 알려 주기만 하고 아무것도 바꾸지 않습니다.</translation>
    </message>
    <message>
        <source>setup URL, status, or the FILEs to sync (none: all).</source>
        <translation>setup URL, status 또는 동기화할 FILE(없으면 전부).</translation>
    </message>
    <message>
        <source>sync is not available here (%1)</source>
        <translation>여기서는 동기화를 사용할 수 없습니다(%1)</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>비밀번호: </translation>
    </message>
    <message>
        <source>sync setup: expected a URL and --user NAME (see gloss sync --help)</source>
        <translation>sync setup: URL과 --user NAME이 필요합니다 (gloss sync --help 참고)</translation>
    </message>
    <message>
        <source>sync setup: no password given (GLOSS_SYNC_PASSWORD or the terminal)</source>
        <translation>sync setup: 비밀번호를 받지 못했습니다 (GLOSS_SYNC_PASSWORD 또는 터미널)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>sync setup failed: %1</source>
        <translation>sync setup 실패: %1</translation>
    </message>
    <message>
        <source>Server:    %1
</source>
        <translation>서버:          %1
</translation>
    </message>
    <message>
        <source>User:      %1
</source>
        <translation>사용자:        %1
</translation>
    </message>
    <message>
        <source>Device:    %1
</source>
        <translation>기기:          %1
</translation>
    </message>
    <message>
        <source>Password:  %1
</source>
        <translation>비밀번호:      %1
</translation>
    </message>
    <message>
        <source>Last sync: %1
</source>
        <translation>마지막 동기화: %1
</translation>
    </message>
    <message>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Last error: %1
</source>
        <translation>마지막 오류:   %1
</translation>
    </message>
    <message>
        <source>Articles:  %1 synced, %2 with changes not sent yet
</source>
        <translation>기사:          %1개 동기화됨, %2개는 보내지 않은 변경 있음
</translation>
    </message>
    <message numerus="yes">
        <source>Dry run, nothing changed. %n article(s) looked at; would add %1, change %2, remove %3 note(s) here, make %4 conflict copy(ies), send %5 file(s), fetch %6.</source>
        <translation>
            <numerusform>시험 실행이라 아무것도 바꾸지 않았습니다. 기사 %n개를 살펴봤으며, 실행하면 이곳의 메모를 %1개 추가, %2개 변경, %3개 삭제하고 충돌 사본 %4개를 만들며 파일 %5개를 보내고 %6개를 받습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) synced: %1 note(s) added, %2 changed, %3 removed here, %4 conflict copy(ies); %5 file(s) sent, %6 fetched.</source>
        <translation>
            <numerusform>기사 %n개 동기화됨: 이곳의 메모 %1개 추가, %2개 변경, %3개 삭제, 충돌 사본 %4개. 파일 %5개 보냄, %6개 받음.</numerusform>
        </translation>
    </message>
    <message>
        <source>sync stopped: %1. Check the user and the app password (gloss sync setup); nothing was changed on the server.</source>
        <translation>동기화 중단: %1. 사용자와 앱 비밀번호를 확인하십시오(gloss sync setup). 서버에서는 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>sync stopped: %1. The notes here are intact; the next sync completes it.</source>
        <translation>동기화 중단: %1. 이곳의 메모는 그대로입니다. 다음 동기화에서 마저 끝납니다.</translation>
    </message>
    <message>
        <source>sync stopped: %1</source>
        <translation>동기화 중단: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Render the window offscreen to a PNG file and exit.</source>
        <translation>창을 화면 밖에서 PNG 파일로 그리고 끝냅니다.</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1400x900).</source>
        <translation>--screenshot의 창 크기(기본값 1400x900).</translation>
    </message>
    <message>
        <source>Colour theme of the window, e.g. &quot;Breeze Dark&quot; (any KSyntaxHighlighting theme; default: follow the system&apos;s light or dark scheme).</source>
        <translation>창의 색 테마, 예: &quot;Breeze Dark&quot;(KSyntaxHighlighting 테마 아무것이나, 기본값: 시스템의 밝은/어두운 구성 따르기).</translation>
    </message>
    <message>
        <source>Folder of Gloss&apos;s data, the notes (default: $GLOSS_DATA_DIR, else the standard one).</source>
        <translation>Gloss 데이터(메모) 폴더(기본값: $GLOSS_DATA_DIR, 없으면 표준 폴더).</translation>
    </message>
    <message>
        <source>no theme called “%1”; installed themes:</source>
        <translation>“%1”(이)라는 테마가 없습니다. 설치된 테마:</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>gloss: no display found (DISPLAY and WAYLAND_DISPLAY are not set).
  To see the window on a virtual display: xvfb-run -a gloss [FILE]
  To render the window to a picture:     gloss --screenshot out.png [FILE]
  To analyse without a window:           gloss analyze FILE --format text
</source>
        <translation>gloss: 화면을 찾지 못했습니다(DISPLAY와 WAYLAND_DISPLAY가 설정되지 않음).
  가상 화면에서 창 보기:   xvfb-run -a gloss [파일]
  창을 그림으로 저장하기:  gloss --screenshot 그림.png [파일]
  창 없이 분석하기:        gloss analyze 파일 --format text
</translation>
    </message>
    <message>
        <source>gloss: the window cannot be loaded: %1
</source>
        <translation>gloss: 창을 불러올 수 없습니다: %1
</translation>
    </message>
    <message>
        <source>Open a window of its own, even when Gloss is running already (by default the running window opens the article).</source>
        <translation>Gloss가 이미 실행 중이어도 별도의 창을 엽니다 (기본값: 실행 중인 창이 기사를 엽니다).</translation>
    </message>
    <message>
        <source>Article file or web address to open (default: the sample); of several, the first is shown and the other files go to Open Recent.</source>
        <translation>열 기사 파일 또는 웹 주소 (기본값: 샘플). 여러 개를 주면 첫 번째를 보여 주고 나머지 파일은 최근 파일 열기에 추가합니다.</translation>
    </message>
    <message>
        <source>Gloss: read news articles closely.

Sub-commands (headless, no display needed):
  analyze FILE... [--format json|text]   quotes, speakers, entities, claims
  notes add|list|remove FILE ...        notes (see gloss notes --help)
  notes import FILE ANNOTATIONS.json    W3C annotations into the notes
  export FILE --format md|html|w3c|csv  the notes, for other tools
  sync [setup URL|status] [FILE...]     notes synced through WebDAV
  library add|list|search|people|export|check   every article read (see gloss library --help)</source>
        <translation>Gloss: 뉴스 기사를 꼼꼼히 읽습니다.

하위 명령(창 없이, 화면 없이 실행):
  analyze 파일... [--format json|text]   인용, 발화자, 개체, 주장
  notes add|list|remove 파일 ...        메모 (gloss notes --help 참고)
  notes import 파일 주석.json           W3C 주석을 메모로 가져오기
  export 파일 --format md|html|w3c|csv  다른 도구에서 쓸 메모 내보내기
  sync [setup URL|status] [FILE...]     WebDAV로 메모 동기화
  library add|list|search|people|export|check   읽은 모든 기사 (gloss library --help 참고)</translation>
    </message>
    <message>
        <source>Show the Library view (every article read).</source>
        <translation>라이브러리 보기(읽은 모든 기사)를 보여 줍니다.</translation>
    </message>
    <message>
        <source>Show the Library view searching for this (FTS5 syntax); with --library-kind articles, quotes or notes.</source>
        <translation>라이브러리 보기를 열어 이 내용을 검색합니다(FTS5 문법). --library-kind로 articles, quotes 또는 notes를 지정할 수 있습니다.</translation>
    </message>
    <message>
        <source>Kind of results of --library-search: articles (default), quotes or notes.</source>
        <translation>--library-search의 결과 종류: articles(기본값), quotes 또는 notes.</translation>
    </message>
    <message>
        <source>unknown --library-kind %1 (articles, quotes or notes)</source>
        <translation>알 수 없는 --library-kind %1 (articles, quotes 또는 notes)</translation>
    </message>
</context>
</TS>

"""A briefing from anywhere: a text file in any encoding the command line reads, a saved HTML
page (tests/cases/html/, synthetic pages; see its README), a record, a page's HTML; its
provenance carried by the object and into every row of its frame and of the command line."""
import json
import socket
import subprocess
import sys

import pytest

from analysis import Briefing
from analysis.engine.inputs import InputError
from analysis.engine.pages import PageError, is_html
from analysis.engine.provenance import DOCUMENT_FIELDS, text_sha256
from analysis.engine.rows import DocumentError, check_date
from analysis.briefings.paths import ROOT
from analysis.linxia.seed import SEED, load_seed, seed_info
from analysis.linxia import seed_briefing

HTML = ROOT / "tests" / "cases" / "html"
SIMPLIFIED, TRADITIONAL = HTML / "news-simplified.html", HTML / "news-traditional.html"
UNDATED, NO_TEXT = HTML / "news-undated.html", HTML / "no-main-text.html"
#: Words of each fixture's furniture (navigation, breadcrumbs, share links, print links, footer).
FURNITURE = ("当前位置", "网站标识码", "分享到", "打印本页", "关闭窗口", "备案号", "版权所有", "網頁指南",
             "私隱政策", "跳至主要內容", "您现在的位置", "我要纠错", "返回顶部")


def html_text(path) -> str:
    return path.read_text(encoding="utf-8")


def assert_figures_point_into_the_text(b: Briefing):
    assert b.figures
    for f in b.figures:
        assert b.raw[f.start:f.end] == f.text


# --- text files ------------------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "big5", "utf-16"])
def test_a_text_file_in_each_encoding_gives_the_same_briefing(tmp_path, encoding):
    text = "臨夏州公安機關破獲刑事案件237起，同比上升178.8%；抓獲犯罪嫌疑人156名。"
    path = tmp_path / f"b-{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    b = Briefing.from_file(path, date="2023-11-16")
    assert b.raw == text and [f.value for f in b.figures] == [237, 156]
    assert b.source.encoding.split()[0] in (encoding, "utf-16")
    assert b.source.date_source == "given" and b.source.sha256 == text_sha256(text)
    assert b.source.path == str(path) and b.source.id == path.name


def test_the_seed_read_as_a_file_gets_its_recorded_date():
    b = Briefing.from_file(SEED)
    assert b.date == "2023-11-16" and b.source.date_source == "seeds.csv"
    assert [f.value for f in b.figures] == [f.value for f in seed_briefing().figures]


def test_the_seed_carries_its_provenance_from_seeds_csv():
    b, info = seed_briefing(), seed_info()
    src = b.source
    assert (src.url, src.publisher, src.title, src.date) == (
        info["source_url"], info["publisher"], info["title"], info["published"])
    assert src.date_source == "seeds.csv" and src.sha256 == info["sha256"] == text_sha256(load_seed())


def test_a_briefing_made_from_text_alone_still_has_a_source():
    b = Briefing("破获刑事案件12起", "2024-05-01", "mine")
    assert b.source.id == "mine" and b.source.date == "2024-05-01" and b.source.date_source == "given"
    assert b.source.url is None and b.frame().loc[0, "doc_id"] == "mine"


# --- saved HTML pages -----------------------------------------------------------------------

def test_a_simplified_page_gives_its_article_title_and_date():
    b = Briefing.from_file(SIMPLIFIED)
    assert b.raw.splitlines()[0] == "示例市公安局召开夏季治安打击整治行动新闻发布会"
    assert b.source.title == b.raw.splitlines()[0]
    assert b.date == "2024-07-18" and b.source.date_source == "page"  # <meta name="PubDate">
    assert not [w for w in FURNITURE if w in b.raw]
    assert_figures_point_into_the_text(b)
    found = {(f.text, f.value) for f in b.figures}
    assert {("1234起", 1234), ("567名", 567), ("23名", 23), ("345把", 345)} <= found


def test_a_traditional_page_gives_its_site_and_date():
    b = Briefing.from_file(TRADITIONAL)
    assert b.date == "2024-03-05" and b.source.date_source == "page"  # <meta name="publishdate">
    assert b.source.site == "示例警務處" and b.source.title == "警方打擊跨境詐騙 拘捕十二人"
    assert not [w for w in FURNITURE if w in b.raw]
    assert_figures_point_into_the_text(b)
    assert 4512 in [f.value for f in b.figures]  # 四千五百一十二宗


def test_a_page_without_a_date_gives_none_and_a_given_date_wins():
    b = Briefing.from_file(UNDATED)
    assert b.date is None and b.source.date_source is None
    assert "86起" in b.raw and not [w for w in FURNITURE if w in b.raw]
    given = Briefing.from_file(SIMPLIFIED, date="2024-08-01")
    assert given.date == "2024-08-01" and given.source.date_source == "given"


def test_a_page_is_known_by_its_content_whatever_its_name(tmp_path):
    path = tmp_path / "saved.txt"
    path.write_bytes(SIMPLIFIED.read_bytes())
    b = Briefing.from_file(path)
    assert b.raw == Briefing.from_file(SIMPLIFIED).raw and b.source.id == "saved.txt"
    assert is_html("x.HTM", "") and not is_html("x.txt", "破获<p>")


def test_a_page_in_gb18030_reads_as_the_same_text(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(html_text(UNDATED).encode("gb18030"))
    b = Briefing.from_file(path)
    assert b.raw == Briefing.from_file(UNDATED).raw and b.source.encoding.startswith("gb18030")


def test_from_html_takes_the_url_and_its_host_as_site():
    b = Briefing.from_html(html_text(UNDATED), url="https://www.example.gov.cn/jwzx/1.html")
    assert b.source.url == "https://www.example.gov.cn/jwzx/1.html" and b.source.id == b.source.url
    assert b.source.site and "example.gov.cn" in b.source.site
    assert b.raw == Briefing.from_file(UNDATED).raw


def test_reading_a_page_needs_no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a page was read with a network call")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    assert Briefing.from_html(html_text(TRADITIONAL), url="https://example.org/a.html").figures


# --- records ---------------------------------------------------------------------------------

def test_a_record_keeps_its_metadata():
    record = {"id": "gz-1", "text": "破获刑事案件237起", "date": "2023-11-16", "date_source": "url",
              "url": "https://example.org/a", "publisher": "示例市公安局", "title": "通报", "level": "city"}
    b = Briefing.from_record(record)
    src = b.source
    assert (src.id, src.url, src.publisher, src.title, src.date, src.date_source) == (
        "gz-1", "https://example.org/a", "示例市公安局", "通报", "2023-11-16", "url")
    assert b.name == "gz-1" and b.date == "2023-11-16" and src.sha256 == text_sha256(record["text"])
    assert Briefing.from_record({"text": "破获12起"}, date="2024-01-02").source.date_source == "given"
    assert Briefing.from_record({"text": "破获12起", "date": "2024-03-04"}).source.date_source == "record"


@pytest.mark.parametrize("record,says", [
    ({"id": "x"}, '"text"'),
    ({"text": 5}, '"text" is not a string'),
    ({"text": "破获12起", "date": "2023-02-30"}, "no such day"),
    ({"text": "破获12起", "sha256": "0" * 64}, "sha256 does not match"),
])
def test_a_bad_record_is_a_document_error(record, says):
    with pytest.raises(DocumentError, match=says):
        Briefing.from_record(record)


# --- errors ----------------------------------------------------------------------------------

def test_a_missing_file_and_a_binary_file_are_input_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        Briefing.from_file(tmp_path / "missing.html")
    binary = tmp_path / "image.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(InputError, match="binary data"):
        Briefing.from_file(binary)


def test_a_page_without_main_text_is_a_page_error():
    with pytest.raises(PageError, match="no main text") as caught:
        Briefing.from_file(NO_TEXT)
    assert isinstance(caught.value, InputError) and str(NO_TEXT) in str(caught.value)
    with pytest.raises(PageError):
        Briefing.from_html("<html><body><div class=nav><a href=/>首页</a></div></body></html>")


@pytest.mark.parametrize("bad", ["2024-13-01", "2024-02-30", "18 Jul 2024", 20240718])
def test_a_bad_date_is_refused_by_the_library_date_check(bad):
    with pytest.raises(DocumentError) as want:
        check_date(bad)
    for make in (lambda: Briefing.from_file(SIMPLIFIED, date=bad),
                 lambda: Briefing.from_html(html_text(SIMPLIFIED), date=bad),
                 lambda: Briefing.from_record({"text": "破获12起"}, date=bad)):
        with pytest.raises(DocumentError) as got:
            make()
        assert str(got.value) == str(want.value)


# --- provenance in the frame -----------------------------------------------------------------

@pytest.mark.parametrize("make", [
    seed_briefing,
    lambda: Briefing.from_file(TRADITIONAL),
    lambda: Briefing.from_record({"id": 7, "text": "抓获6名，破获3起", "url": "https://e.org/7",
                                  "publisher": "某局", "date": "2024-02-03"}),
])
def test_the_frame_leads_with_the_provenance_of_every_row(make):
    b = make()
    df = b.frame()
    assert list(df.columns[:1 + len(DOCUMENT_FIELDS)]) == ["doc_id", *DOCUMENT_FIELDS]
    assert len(df) == len(b.figures) > 0
    for name, value in b.source.fields().items():
        assert df[name].tolist() == [value] * len(df) if value is not None else df[name].isna().all()
    assert df["doc_id"].tolist() == [b.source.id] * len(df)
    assert df["title_source"].tolist() == [b.title_source] * len(df)


@pytest.mark.parametrize("make,title,where", [
    (lambda: Briefing.from_record({"id": 1, "text": "某市通报\n破获案件12起。", "title": " 其题 "}), "其题", "record"),
    (lambda: Briefing.from_record({"id": 1, "text": "某市通报\n破获案件12起。", "title": "  "}), "某市通报", "structure"),
    (lambda: Briefing.from_file(HTML / "news-simplified.html"),
     "示例市公安局召开夏季治安打击整治行动新闻发布会", "page"),
    (lambda: Briefing("今日全市破获刑事案件3起，抓获犯罪嫌疑人5名。", None), None, None),
])
def test_the_title_says_where_it_came_from(make, title, where):
    """The source's own title (a record's field, a page's headline), else the structure's, else
    none; ``title_source`` names which, in ``source`` and in every row of the frame."""
    b = make()
    assert (b.source.title, b.title_source) == (title, where)
    column = b.frame()["title_source"]
    assert len(column) == len(b.figures) > 0
    assert (column == where).all() if where else column.isna().all()


def test_a_text_file_and_the_seed_name_where_their_title_came_from(tmp_path):
    path = tmp_path / "b.txt"
    path.write_text("某市公安局召开新闻发布会\n破获案件12起。", encoding="utf-8")
    assert (Briefing.from_file(path).source.title, Briefing.from_file(path).title_source) == \
        ("某市公安局召开新闻发布会", "structure")
    assert (seed_briefing().source.title, seed_briefing().title_source) == (seed_info()["title"], "source")


# --- the command line ------------------------------------------------------------------------

def cli(*args):
    proc = subprocess.run([sys.executable, "-m", "analysis", *args], capture_output=True, cwd=ROOT,
                          timeout=120)
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


def test_the_command_line_reads_a_page_with_its_provenance():
    code, out, err = cli("figures", str(SIMPLIFIED), "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    b = Briefing.from_file(SIMPLIFIED)
    assert code == 0, err
    assert [(r["text"], r["value"], r["start"]) for r in rows] == [
        (f.text, f.value, f.start) for f in b.figures]
    assert {(r["file"], r["date"], r["date_source"], r["title"]) for r in rows} == {
        (str(SIMPLIFIED), "2024-07-18", "page", "示例市公安局召开夏季治安打击整治行动新闻发布会")}
    code, out, _ = cli("figures", str(SIMPLIFIED), "--format", "jsonl", "--date", "2024-08-01")
    assert {(json.loads(line)["date"], json.loads(line)["date_source"]) for line in out.splitlines()} == {
        ("2024-08-01", "given")}


def test_the_command_line_says_a_page_has_no_main_text():
    code, out, err = cli("figures", str(NO_TEXT))
    assert code == 3 and "no main text" in err and "Traceback" not in err and out == ""


def test_a_date_passed_beside_a_source_is_the_one_carried():
    seed = seed_briefing()
    b = Briefing(seed.raw, "2023-11-20", seed.name, seed.source)
    assert (b.source.date, b.source.date_source, b.source.url) == ("2023-11-20", "given", seed.source.url)
    assert set(b.frame()["date"]) == {"2023-11-20"}

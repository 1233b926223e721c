"""Structure detection on the seed and on a second, differently worded briefing."""
from analysis import Briefing
from analysis.engine.structure import split_sections
from analysis.linxia import seed_briefing

# A second briefing written for this test: other words, other numbers, same conventions
# (four-character parallel pillar headings, slogan sentences, 一是…二是… enumerations).
OTHER = """某市公安局召开“雷霆”行动新闻发布会
12月3日，某市公安局召开新闻发布会，通报“雷霆”行动开展情况。
（一）重拳出击、净化环境，坚决遏制犯罪高发势头。行动开展以来，全市共破获刑事案件58起。深挖彻查除隐患。破获电信诈骗案件12起，抓获犯罪嫌疑人9名。铁腕整治护平安，清查娱乐场所31家。全力追逃保稳定。抓获逃犯6人。
答记者问
夯实基础、提升效能，推动警务工作转型升级。一是建机制，完善巡逻防控体系。二是强科技，建成视频监控点位120个。三是优作风，开展培训4期。
下一步，市公安局将持续巩固行动成果。
"""


def test_seed_pillars_and_subthemes():
    b = seed_briefing()
    assert [p.heading for p in b.pillars] == ["高位部署、尽锐出战", "利剑出鞘、严打整治", "固本培元、守正创新"]
    assert [s.heading for s in b.subthemes("利剑出鞘、严打整治")] == [
        "猛攻大案要案顺民心", "严打民生犯罪暖民心", "严打经济犯罪解民忧", "猛追逃犯应民意"]
    assert [s.heading for s in b.subthemes("固本培元、守正创新")] == ["强基建、夯基础", "凝科技、谋发展", "塑风纪、铸警魂"]
    assert [s.heading for s in b.sections if s.kind == "aside"] == ["记者提问"]


def test_second_briefing():
    secs = split_sections(OTHER)
    kinds = [(s.kind, s.heading) for s in secs]
    assert kinds[0] == ("title", "某市公安局召开“雷霆”行动新闻发布会")
    assert ("pillar", "重拳出击、净化环境") in kinds and ("pillar", "夯实基础、提升效能") in kinds
    assert [h for k, h in kinds if k == "subtheme"] == [
        "深挖彻查除隐患", "铁腕整治护平安", "全力追逃保稳定", "建机制", "强科技", "优作风"]
    assert ("aside", "答记者问") in kinds
    assert kinds[-1][0] == "outlook"


def test_sections_cover_their_figures():
    b = Briefing(OTHER, "2023-12-05")
    by_text = {f.text: (f.section, f.subtheme) for f in b.figures}
    assert by_text["12起"] == ("重拳出击、净化环境", "深挖彻查除隐患")
    assert by_text["120个"] == ("夯实基础、提升效能", "强科技")
    assert by_text["12月3日"][1] is None

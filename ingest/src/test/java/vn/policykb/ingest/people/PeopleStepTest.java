package vn.policykb.ingest.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.policykb.index.MentionedPerson;
import vn.policykb.ingest.TestCorpus;
import vn.policykb.ingest.document.Article;
import vn.policykb.ingest.enrich.EnrichedArticle;

class PeopleStepTest {

  private final PeopleStep step = new PeopleStep(new PeopleRecognizer(TestCorpus.KB));

  @Test
  void eachPersonOnceWithEveryMentionAndTheMentionsInTextOrder() {
    String body = "Tổng Bí thư Tô Lâm tiếp Đại sứ. Ông Nguyễn Văn An dự buổi tiếp. Tô Lâm nhấn mạnh vai trò của kinh tế tư nhân.";
    EnrichedArticle doc = step.apply(EnrichedArticle.of(new Article("a", "a", null, null, "Tiếp Đại sứ", body, "vi",
        null, null, null)));

    assertThat(doc.get(PeopleStep.PEOPLE)).extracting(MentionedPerson::id).startsWith("to-lam");
    MentionedPerson toLam = doc.get(PeopleStep.PEOPLE).getFirst();
    assertThat(toLam.mentions()).hasSize(2);
    assertThat(body.substring(toLam.mentions().get(1).start(), toLam.mentions().get(1).end())).isEqualTo("Tô Lâm");
    assertThat(doc.get(PeopleStep.PEOPLE)).extracting(MentionedPerson::name).contains("Nguyễn Văn An");
    assertThat(doc.get(PeopleStep.MENTIONS)).extracting(PersonMention::start).isSorted();
  }
}

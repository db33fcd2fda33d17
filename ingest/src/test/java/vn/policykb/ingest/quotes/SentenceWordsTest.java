package vn.policykb.ingest.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SentenceWordsTest {

  @Test
  void wordsAreFoundInAnyCase() {
    SentenceWords words = SentenceWords.of("Theo Bộ trưởng, GDP SAID tăng.");

    assertThat(words.hasAny(Set.of("theo"))).isTrue();
    assertThat(words.hasAny(Set.of("said"))).isTrue();
    assertThat(words.hasAny(Set.of("nói", "according"))).isFalse();
  }

  @Test
  void theLastWordIgnoresClosingPunctuationButNotDigits() {
    assertThat(SentenceWords.of("Kinh tế tư nhân là động lực, ông nói thêm.").endsWithAny(Set.of("thêm"))).isTrue();
    assertThat(SentenceWords.of("Ông nói 2 lần").endsWithAny(Set.of("nói"))).isFalse();
    assertThat(SentenceWords.of("...").endsWithAny(Set.of("nói"))).isFalse();
  }

  @Test
  void aWordBeforeACommaAColonOrRangEndsAClause() {
    SentenceWords words = SentenceWords.of("Ông khẳng định: kinh tế tư nhân, bà cho biết rằng sẽ tăng, nói-rằng, chia sẻ rằngTôi");

    assertThat(words.anyBeforeClause(Set.of("định"))).isTrue();
    assertThat(words.anyBeforeClause(Set.of("nhân"))).isTrue();
    assertThat(words.anyBeforeClause(Set.of("biết"))).isTrue();
    // a missing space after "rằng" does not hide it
    assertThat(words.anyBeforeClause(Set.of("sẻ"))).isTrue();
    // "rằng" counts only after white space
    assertThat(words.anyBeforeClause(Set.of("nói"))).isFalse();
    assertThat(words.anyBeforeClause(Set.of("kinh", "tế", "bà"))).isFalse();
  }

  @Test
  void aDecomposedSyllableIsOneWord() {
    String decomposed = Normalizer.normalize("Bà nói, rồi đi", Normalizer.Form.NFD);

    assertThat(SentenceWords.of(decomposed).anyBeforeClause(Set.of(Normalizer.normalize("nói", Normalizer.Form.NFD)))).isTrue();
  }

  @Test
  void aPhraseNeedsItsWordsNextToEachOtherSeparatedBySpaceOnly() {
    SentenceWords.Phrases verbs = SentenceWords.Phrases.of(java.util.List.of("cho biết", "khẳng định", "said", "tin rằng"));

    assertThat(SentenceWords.of("Bộ trưởng Cho  Biết kinh tế tư nhân tăng.").hasAny(verbs)).isTrue();
    assertThat(SentenceWords.of("Officials SAID the bridge will close.").hasAny(verbs)).isTrue();
    // the last syllable alone is a common word: "quy định", "hiểu biết"
    assertThat(SentenceWords.of("Quy định mới cho người dân hiểu biết thêm.").hasAny(verbs)).isFalse();
    assertThat(SentenceWords.of("Ông cho, biết bao nhiêu người.").hasAny(verbs)).isFalse();
    assertThat(SentenceWords.of("Họ tin rằng kinh tế sẽ tăng.").hasAny(verbs)).isTrue();
  }

  @Test
  void aLongListOfPhrasesIsFoundAsAShortOne() {
    // more phrases than the sentence has pairs of words, and fewer: both ways of looking them up
    java.util.List<String> many = new java.util.ArrayList<>();
    for (String subject : java.util.List.of("ông", "bà", "anh", "chị", "họ", "he", "she", "they")) {
      for (String auxiliary : java.util.List.of("sẽ", "đã", "đang", "không", "would", "will", "was")) {
        many.add(subject + " " + auxiliary);
      }
    }
    SentenceWords.Phrases longList = SentenceWords.Phrases.of(many);
    SentenceWords.Phrases shortList = SentenceWords.Phrases.of(java.util.List.of("bà sẽ"));
    SentenceWords sentence = SentenceWords.of("Bộ trưởng cho biết bà sẽ trình dự thảo luật vào tháng tới tại kỳ họp.");

    assertThat(sentence.hasAny(longList)).isTrue();
    assertThat(sentence.hasAny(shortList)).isTrue();
    assertThat(SentenceWords.of("Bà, sẽ trình sau.").hasAny(longList)).isFalse();
    assertThat(SentenceWords.of("Họ cho biết kế hoạch sẽ được công bố.").hasAny(longList)).isFalse();
  }

  @Test
  void aPairIsTwoWordsSeparatedBySpaceOnly() {
    assertThat(SentenceWords.of("Tờ Tuổi Trẻ đưa tin hôm thứ Hai.").hasAnyPair(Set.of("tin hôm"))).isTrue();
    assertThat(SentenceWords.of("Tờ Tuổi Trẻ đưa tin, hôm thứ Hai.").hasAnyPair(Set.of("tin hôm"))).isFalse();
    assertThat(SentenceWords.of("Tờ Tuổi Trẻ đưa tin sáng nay.").hasAnyPair(Set.of("tin hôm"))).isFalse();
  }
}

package org.shopfront.painpoints.mining;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextAnalysisTests {

	private final TextAnalysis english = new TextAnalysis(MiningLanguage.ENGLISH);

	@Test
	void stemsWordsToTheirRoot() {
		assertThat(this.english.terms("Passwords expired, printing failed")).containsExactly("password", "expir",
				"print", "fail");
	}

	@Test
	void leavesOutStopWordsGreetingsAndNumbers() {
		assertThat(this.english.terms("Hi team, the VPN is failing since 10:30 on 12/11 thanks"))
			.containsExactly("team", "vpn", "fail");
	}

	@Test
	void stemsGermanWithTheGermanStemmer() {
		TextAnalysis german = new TextAnalysis(MiningLanguage.named("de"));
		assertThat(german.terms("Der Drucker druckt nicht")).containsExactly("druck", "druckt");
	}

	@Test
	void formsBigramsWithinAFieldAcrossRemovedStopWords() {
		TfIdf.Fitted fitted = TfIdf.fit(
				new int[][] { { 0, 1, Corpus.FIELD_BREAK, 2, 3 }, { 0, 1, Corpus.FIELD_BREAK, 2, 3 } },
				new boolean[] { false, false, false, false }, new LongIntMap(1), 1, 100, 1f, new Parallel(1));
		assertThat(fitted.tfidf().keys).containsExactly(TfIdf.unigram(0), TfIdf.unigram(1), TfIdf.unigram(2),
				TfIdf.unigram(3), TfIdf.bigram(0, 1), TfIdf.bigram(2, 3));
	}

	@Test
	void bridgesBoilerplateWhenFormingBigrams() {
		TfIdf.Fitted fitted = TfIdf.fit(new int[][] { { 0, 1, 2 }, { 0, 1, 2 } }, new boolean[] { false, true, false },
				new LongIntMap(1), 1, 100, 1f, new Parallel(1));
		assertThat(fitted.tfidf().keys).containsExactly(TfIdf.unigram(0), TfIdf.unigram(2), TfIdf.bigram(0, 2));
	}

}

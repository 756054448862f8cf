package org.shopfront.painpoints.mining;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.German2Stemmer;
import org.tartarus.snowball.ext.ItalianStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * A language of ticket text: its stop words (Lucene's list for the language; for English
 * the longer scikit-learn list plus mail greetings) and its Snowball stemmer.
 */
public enum MiningLanguage {

	ENGLISH(EnglishStemmer::new) {
		@Override
		List<String> headerWords() {
			return resource("mail-headers-english.txt");
		}

		@Override
		CharArraySet stopWords() {
			CharArraySet words = new CharArraySet(400, true);
			words.addAll(resource("stop-words-english.txt"));
			words.addAll(resource("mail-words-english.txt"));
			return words;
		}
	},

	GERMAN(German2Stemmer::new) {
		@Override
		CharArraySet stopWords() {
			return GermanAnalyzer.getDefaultStopSet();
		}
	},

	FRENCH(FrenchStemmer::new) {
		@Override
		CharArraySet stopWords() {
			return FrenchAnalyzer.getDefaultStopSet();
		}
	},

	SPANISH(SpanishStemmer::new) {
		@Override
		CharArraySet stopWords() {
			return SpanishAnalyzer.getDefaultStopSet();
		}
	},

	ITALIAN(ItalianStemmer::new) {
		@Override
		CharArraySet stopWords() {
			return ItalianAnalyzer.getDefaultStopSet();
		}
	},

	DUTCH(DutchStemmer::new) {
		@Override
		CharArraySet stopWords() {
			return DutchAnalyzer.getDefaultStopSet();
		}
	},

	PORTUGUESE(PortugueseStemmer::new) {
		@Override
		CharArraySet stopWords() {
			return PortugueseAnalyzer.getDefaultStopSet();
		}
	};

	private final Supplier<SnowballStemmer> stemmer;

	MiningLanguage(Supplier<SnowballStemmer> stemmer) {
		this.stemmer = stemmer;
	}

	abstract CharArraySet stopWords();

	/** Words of mail headers and dates: features, but never part of a label. */
	List<String> headerWords() {
		return List.of();
	}

	SnowballStemmer newStemmer() {
		return this.stemmer.get();
	}

	/**
	 * The language named by its English name or ISO 639-1 code: {@code english},
	 * {@code de}.
	 */
	public static MiningLanguage named(String name) {
		String wanted = name.trim().toUpperCase(Locale.ROOT);
		for (MiningLanguage language : values()) {
			if (language.name().equals(wanted) || language.code().equals(wanted)) {
				return language;
			}
		}
		throw new IllegalArgumentException("Unknown language '" + name + "'");
	}

	private String code() {
		return switch (this) {
			case ENGLISH -> "EN";
			case GERMAN -> "DE";
			case FRENCH -> "FR";
			case SPANISH -> "ES";
			case ITALIAN -> "IT";
			case DUTCH -> "NL";
			case PORTUGUESE -> "PT";
		};
	}

	private static List<String> resource(String name) {
		try (InputStream in = MiningLanguage.class.getResourceAsStream(name)) {
			return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
				.map(String::trim)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

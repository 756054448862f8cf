package org.shopfront.painpoints.mining;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.SnowballStemmer;

/**
 * Turns ticket text into words with Lucene: the standard tokenizer, English possessives,
 * lower case, the language's stop words, and no tokens without a letter (ticket numbers,
 * dates, times). {@link #stem(String)} reduces a word to its Snowball stem. Safe for use
 * by many threads.
 */
public final class TextAnalysis {

	private final MiningLanguage language;

	private final Analyzer analyzer;

	/**
	 * The same without the stop words, for callers that judge each distinct word once.
	 */
	private final Analyzer unfiltered;

	private final CharArraySet stopWords;

	private final ThreadLocal<SnowballStemmer> stemmers;

	public TextAnalysis(MiningLanguage language) {
		this.language = language;
		this.stopWords = language.stopWords();
		this.analyzer = new WordAnalyzer(language, this.stopWords);
		this.unfiltered = new WordAnalyzer(language, null);
		this.stemmers = ThreadLocal.withInitial(language::newStemmer);
	}

	/**
	 * A text analysis that has analysed one sentence already, so its classes are loaded
	 * and its tables built: made on another thread while a file is read, this takes that
	 * start-up work off the mining itself.
	 */
	public static TextAnalysis prepared(MiningLanguage language) {
		TextAnalysis analysis = new TextAnalysis(language);
		analysis.tokens("Hello, the printer's toner on floor 3 isn't working.", (chars, length) -> {
			if (analysis.isWord(chars, length)) {
				analysis.stem(new String(chars, 0, length));
			}
		});
		return analysis;
	}

	public MiningLanguage language() {
		return this.language;
	}

	/** Passes each word of the text, in order, to the sink. */
	public void words(String text, Consumer<String> sink) {
		words(text, (chars, length) -> sink.accept(new String(chars, 0, length)));
	}

	/** Passes each word of the text, in order, to the sink, without making strings. */
	void words(String text, WordSink sink) {
		tokens(this.analyzer, text, (chars, length) -> {
			if (length > 1 && hasLetter(chars, length)) {
				sink.accept(chars, length);
			}
		});
	}

	/**
	 * Passes every lower-case token of the text, in order, to the sink, stop words and
	 * tokens without a letter included: a caller that remembers what it saw checks
	 * {@link #isWord(char[], int)} once per distinct token instead of once per token.
	 */
	void tokens(String text, WordSink sink) {
		tokens(this.unfiltered, text, sink);
	}

	/** Whether {@link #words(String, WordSink)} passes this token on. */
	boolean isWord(char[] chars, int length) {
		return length > 1 && hasLetter(chars, length) && !this.stopWords.contains(chars, 0, length);
	}

	private static void tokens(Analyzer analyzer, String text, WordSink sink) {
		if (text == null || text.isEmpty()) {
			return;
		}
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				sink.accept(term.buffer(), term.length());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The stemmed words of the text, in order. */
	public List<String> terms(String text) {
		List<String> terms = new ArrayList<>();
		words(text, (word) -> terms.add(stem(word)));
		return terms;
	}

	/** The Snowball stem of a lower-case word. */
	public String stem(String word) {
		SnowballStemmer stemmer = this.stemmers.get();
		stemmer.setCurrent(word);
		stemmer.stem();
		return stemmer.getCurrent();
	}

	private static boolean hasLetter(char[] chars, int length) {
		for (int i = 0; i < length; i++) {
			if (Character.isLetter(chars[i])) {
				return true;
			}
		}
		return false;
	}

	/** Receives a word as the first {@code length} chars of a buffer that is reused. */
	interface WordSink {

		void accept(char[] chars, int length);

	}

	/**
	 * Standard tokenizer, possessives (English), lower case and, unless null, stop words.
	 */
	private static final class WordAnalyzer extends Analyzer {

		private final MiningLanguage language;

		private final CharArraySet stopWords;

		WordAnalyzer(MiningLanguage language, CharArraySet stopWords) {
			this.language = language;
			this.stopWords = stopWords;
		}

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new StandardTokenizer();
			TokenStream stream = (this.language == MiningLanguage.ENGLISH) ? new EnglishPossessiveFilter(source)
					: source;
			stream = new LowerCaseFilter(stream);
			if (this.stopWords != null) {
				stream = new StopFilter(stream, this.stopWords);
			}
			return new TokenStreamComponents(source, stream);
		}

	}

}

package org.shopfront.shared.tabular;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads a JSON lines file line by line: one JSON object per line, blank lines skipped. A
 * line that is not a JSON object comes back as a row without an object, so that the
 * caller decides whether that rejects the row or the file.
 */
public final class JsonLines implements AutoCloseable {

	private final TextInput input;

	private final BufferedReader lines;

	private final ObjectMapper json;

	private long line;

	private JsonLines(TextInput input, ObjectMapper json) {
		this.input = input;
		this.lines = new BufferedReader(input.reader());
		this.json = json;
	}

	public static JsonLines open(TextInput input, ObjectMapper json) {
		return new JsonLines(input, json);
	}

	/** Whether a line holds one JSON object, as the first line of such a file must. */
	public static boolean object(ObjectMapper json, String line) {
		return parse(json, line).object() != null;
	}

	/**
	 * The next non-blank line, or {@code null} at the end of the file.
	 * @throws FileProblem if a line is longer than the record limit
	 */
	public JsonRow next() {
		try {
			String text;
			do {
				text = this.lines.readLine();
				this.line++;
				this.input.recordEnded();
			}
			while (text != null && text.isBlank());
			if (text == null) {
				return null;
			}
			Parsed parsed = parse(this.json, text);
			return new JsonRow(this.line, parsed.object(), parsed.problem());
		}
		catch (TextInput.RecordTooLong ex) {
			throw FileProblem.recordTooLong(this.line);
		}
		catch (IOException ex) {
			throw FileProblem.malformed(this.line, ex);
		}
		catch (UncheckedIOException ex) {
			throw FileProblem.malformed(this.line, ex);
		}
	}

	private static Parsed parse(ObjectMapper json, String text) {
		try {
			JsonNode node = json.readTree(text);
			return (node != null && node.isObject()) ? new Parsed(node, null) : new Parsed(null, "not an object");
		}
		catch (JacksonException ex) {
			return new Parsed(null, ex.getOriginalMessage());
		}
	}

	@Override
	public void close() {
		this.input.close();
	}

	/**
	 * One line: its number in the file and its object, or why it has none.
	 *
	 * @param object the line's JSON object, or {@code null} when it is not one
	 * @param problem why the line is not a JSON object, or {@code null}
	 */
	public record JsonRow(long line, JsonNode object, String problem) {

		/**
		 * @throws FileProblem if the line is not a JSON object
		 */
		public JsonNode requireObject() {
			if (this.object == null) {
				throw FileProblem.notJson(this.line, this.problem);
			}
			return this.object;
		}

		/** A property's value as text; empty when it is missing or null. */
		public String text(String name) {
			JsonNode value = (this.object != null) ? this.object.get(name) : null;
			return (value == null || value.isNull()) ? "" : value.isValueNode() ? value.asString() : value.toString();
		}

	}

	private record Parsed(JsonNode object, String problem) {
	}

}

package org.shopfront.shared;

import java.util.List;

import tools.jackson.core.JacksonException;

/** Names a place in a JSON document the way forms name fields: {@code answers[2]}. */
final class JsonPaths {

	private JsonPaths() {
	}

	static String of(List<JacksonException.Reference> path) {
		StringBuilder name = new StringBuilder();
		for (JacksonException.Reference reference : path) {
			if (reference.getPropertyName() != null) {
				name.append(name.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				name.append('[').append(reference.getIndex()).append(']');
			}
		}
		return name.toString();
	}

}

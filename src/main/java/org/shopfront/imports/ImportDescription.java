package org.shopfront.imports;

/**
 * What the import log says of a run: where its rows come from ({@code source}), the
 * layout it was read with and the name of the saved profile if any, the file's name as
 * uploaded, and who started it.
 */
public record ImportDescription(String source, String layout, String profileName, String fileName, String startedBy) {

	public ImportDescription {
		fileName = (fileName == null || fileName.length() <= 255) ? fileName : fileName.substring(0, 255);
	}

}

package org.shopfront.shadowit;

import java.util.List;

import org.shopfront.people.Directory;
import org.shopfront.people.ShopfrontUser;

/**
 * Whose spend a reader of the board may see: IT staff every unit's, a unit's head only
 * the units they head (the business unit a line names, by the unit's name). Anyone else
 * finds no board.
 *
 * @param units the units the reader may see, or {@code null} for all of them
 * @param itStaff whether the reader works in IT and may act on vendors
 */
record BoardScope(List<String> units, boolean itStaff) {

	static BoardScope of(ShopfrontUser reader, Directory directory) {
		if (reader.worksInIt()) {
			return new BoardScope(null, true);
		}
		List<String> headed = directory.units()
			.stream()
			.filter((unit) -> reader.id().equals(unit.headId()))
			.map((unit) -> unit.name())
			.toList();
		if (headed.isEmpty()) {
			throw NoShadowBoard.forReader();
		}
		return new BoardScope(headed, false);
	}

	boolean everyUnit() {
		return this.units == null;
	}

	/**
	 * The units to sum: those asked for that the reader may see, or all the reader may.
	 */
	BoardScope narrowedTo(String unit) {
		if (unit == null || unit.isBlank()) {
			return this;
		}
		if (everyUnit() || this.units.contains(unit)) {
			return new BoardScope(List.of(unit), this.itStaff);
		}
		return this;
	}

}

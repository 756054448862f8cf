package org.shopfront.shared.paging;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a page ended: the sort key of its last row (say its placed time and id), which
 * the next page starts after. It holds instants, ids, numbers, text and nulls, and turns
 * into bytes and back for the token that carries it between requests.
 */
public final class Cursor {

	private static final int MAX_VALUES = 8;

	private final List<Object> values;

	private Cursor(List<Object> values) {
		this.values = Collections.unmodifiableList(values);
	}

	/**
	 * A position made of the given values: Instant, UUID, Long, Integer, String or null.
	 */
	public static Cursor of(Object... values) {
		List<Object> list = new ArrayList<>(values.length);
		for (Object value : values) {
			list.add(checked(value));
		}
		return new Cursor(list);
	}

	public List<Object> values() {
		return this.values;
	}

	public Instant instant(int index) {
		return (Instant) this.values.get(index);
	}

	public UUID uuid(int index) {
		return (UUID) this.values.get(index);
	}

	public long number(int index) {
		return (Long) this.values.get(index);
	}

	public String text(int index) {
		return (String) this.values.get(index);
	}

	byte[] bytes() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeByte(this.values.size());
			for (Object value : this.values) {
				write(out, value);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** The position these bytes describe, or empty when they describe none. */
	static Optional<Cursor> read(byte[] bytes) {
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
			int count = in.readUnsignedByte();
			if (count > MAX_VALUES) {
				return Optional.empty();
			}
			List<Object> values = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				values.add(read(in));
			}
			return (in.available() == 0) ? Optional.of(new Cursor(values)) : Optional.empty();
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	private static Object checked(Object value) {
		if (value instanceof Integer number) {
			return number.longValue();
		}
		if (value == null || value instanceof Instant || value instanceof UUID || value instanceof Long
				|| value instanceof String) {
			return value;
		}
		throw new IllegalArgumentException("A cursor holds no " + value.getClass().getSimpleName());
	}

	private static void write(DataOutputStream out, Object value) throws IOException {
		if (value == null) {
			out.writeByte('N');
		}
		else if (value instanceof Instant instant) {
			out.writeByte('I');
			out.writeLong(instant.getEpochSecond());
			out.writeInt(instant.getNano());
		}
		else if (value instanceof UUID id) {
			out.writeByte('U');
			out.writeLong(id.getMostSignificantBits());
			out.writeLong(id.getLeastSignificantBits());
		}
		else if (value instanceof Long number) {
			out.writeByte('L');
			out.writeLong(number);
		}
		else {
			out.writeByte('S');
			out.writeUTF((String) value);
		}
	}

	private static Object read(DataInputStream in) throws IOException {
		return switch (in.readUnsignedByte()) {
			case 'N' -> null;
			case 'I' -> Instant.ofEpochSecond(in.readLong(), in.readInt());
			case 'U' -> new UUID(in.readLong(), in.readLong());
			case 'L' -> in.readLong();
			case 'S' -> in.readUTF();
			default -> throw new IllegalArgumentException("not a cursor value");
		};
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Cursor cursor && cursor.values.equals(this.values);
	}

	@Override
	public int hashCode() {
		return this.values.hashCode();
	}

	@Override
	public String toString() {
		return "Cursor" + this.values;
	}

}

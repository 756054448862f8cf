package org.shopfront.shared;

import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;

/**
 * Values kept by exactly what decides them (decision 0049), at most a given number of
 * them; made by {@link RenderedOnce#keep}. A key must hold everything that decides its
 * value and nothing else: a kept render shown to a reader whose rights or language differ
 * from the first reader's would be a leak, and anything needless in the key only keeps
 * more copies.
 *
 * @param <K> what decides the value
 * @param <V> the value, usually HTML
 */
public final class Kept<K, V> {

	private final Cache<K, V> cache;

	Kept(Cache<K, V> cache) {
		this.cache = cache;
	}

	/**
	 * The value kept for the key, or made now and kept. It is made outside any lock: two
	 * readers who miss at once both make it, which costs less than making the second one
	 * wait.
	 */
	public V get(K key, Function<? super K, ? extends V> make) {
		V value = this.cache.getIfPresent(key);
		if (value == null) {
			value = make.apply(key);
			this.cache.put(key, value);
		}
		return value;
	}

	/** The value kept for the key, or null. */
	public V find(K key) {
		return this.cache.getIfPresent(key);
	}

	public void put(K key, V value) {
		this.cache.put(key, value);
	}

	/** Lets every kept value go. */
	public void forgetAll() {
		this.cache.invalidateAll();
	}

	/** How many values are kept now. */
	public long size() {
		return this.cache.estimatedSize();
	}

}

package org.shopfront.initiatives;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.shopfront.demand.DemandId;
import org.shopfront.demand.DemandProgress;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A stand-in for the demand module's {@link DemandProgress} that writes down what the
 * initiatives told it, one line per call ("started demand initiative").
 */
public class RecordingDemand implements DemandProgress {

	private final List<String> calls = new CopyOnWriteArrayList<>();

	@Override
	public void initiativeStarted(DemandId demand, UUID initiative) {
		this.calls.add("started " + demand + " " + initiative);
	}

	@Override
	public void valueConfirmed(DemandId demand) {
		this.calls.add("valueConfirmed " + demand);
	}

	@Override
	public void closed(DemandId demand, String reason) {
		this.calls.add("closed " + demand + " " + reason);
	}

	/** What the demand was told, in order. */
	public List<String> callsAbout(DemandId demand) {
		return this.calls.stream().filter((c) -> c.contains(demand.toString())).toList();
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		@Primary
		RecordingDemand recordingDemand() {
			return new RecordingDemand();
		}

	}

}

package org.shopfront;

import java.util.Arrays;
import java.util.Optional;
import java.util.ServiceLoader;

import org.shopfront.shared.Command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Shopfront: the IT store the business trusts. Without arguments (or with Spring options
 * only) it starts the web application; with a command name first it runs that command.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ShopfrontApplication {

	public static void main(String[] args) {
		Optional<Command> command = (args.length == 0) ? Optional.empty() : command(args[0]);
		if (command.isPresent()) {
			int exitCode = command.get().run(Arrays.asList(args).subList(1, args.length), System.out, System.err);
			System.exit(exitCode);
		}
		SpringApplication.run(ShopfrontApplication.class, args);
	}

	static Optional<Command> command(String name) {
		return ServiceLoader.load(Command.class)
			.stream()
			.map(ServiceLoader.Provider::get)
			.filter((command) -> command.name().equals(name))
			.findFirst();
	}

}

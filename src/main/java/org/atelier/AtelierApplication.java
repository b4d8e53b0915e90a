package org.atelier;

import org.atelier.demo.GenerateCommand;
import org.atelier.energy.SimulateCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Atelier: a platform on which cities and their partners set up, run and sustain Innovation
 * Ateliers. Each top-level package below this one is an application module (see
 * docs/architecture.md).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class AtelierApplication {

	public static void main(String[] args) {
		if (SimulateCommand.matches(args)) {
			// the energy command line runs the engine alone, without starting the web application
			System.exit(SimulateCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
		}
		if (GenerateCommand.matches(args)) {
			// fills the configured database with generated ateliers for load benchmarks, then exits
			System.exit(GenerateCommand.run(AtelierApplication.class, java.util.Arrays.copyOfRange(args, 1, args.length),
					System.out, System.err));
		}
		SpringApplication.run(AtelierApplication.class, args);
	}
}

package org.backchannel;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class BackchannelApplication {

	public static void main(String[] args) {
		SpringApplication.run(BackchannelApplication.class, args);
	}

}

package vn.policykb.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class KnowledgeBaseApplication {

  public static void main(String[] args) {
    SpringApplication.run(KnowledgeBaseApplication.class, args);
  }
}

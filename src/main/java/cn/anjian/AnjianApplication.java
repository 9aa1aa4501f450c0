package cn.anjian;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** 安监执法综合管理平台. Each direct sub-package is a Spring Modulith module. */
@SpringBootApplication
@EnableScheduling
@Modulithic(sharedModules = "kernel")
public class AnjianApplication {

    public static void main(String[] args) {
        SpringApplication.run(AnjianApplication.class, args);
    }
}

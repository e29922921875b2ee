package io.supportdesk.adapter.mail.archfixture;

import io.supportdesk.bootstrap.Application;

/** Deliberately misplaced: an adapter reaching back into bootstrap. */
public class MailerReachingIntoBootstrap {
    Application application;
}

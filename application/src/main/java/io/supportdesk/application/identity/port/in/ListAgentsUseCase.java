package io.supportdesk.application.identity.port.in;

import java.util.List;

/** The people who work tickets and how busy they are, for staff deciding whom to assign. */
public interface ListAgentsUseCase {

    List<AgentWorkload> list(ListAgentsQuery query);
}

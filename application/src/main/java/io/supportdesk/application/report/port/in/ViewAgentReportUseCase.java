package io.supportdesk.application.report.port.in;

/** Each agent's work over the period; an agent gets only their own row. */
public interface ViewAgentReportUseCase {

    AgentReport agents(ReportQuery query);
}

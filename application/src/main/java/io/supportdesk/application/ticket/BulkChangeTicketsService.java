package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.in.AssignTicketCommand;
import io.supportdesk.application.ticket.port.in.AssignTicketUseCase;
import io.supportdesk.application.ticket.port.in.BulkChangeResult;
import io.supportdesk.application.ticket.port.in.BulkChangeTicketsCommand;
import io.supportdesk.application.ticket.port.in.BulkChangeTicketsUseCase;
import io.supportdesk.application.ticket.port.in.BulkTicketAction;
import io.supportdesk.application.ticket.port.in.ChangeTicketPriorityCommand;
import io.supportdesk.application.ticket.port.in.ChangeTicketPriorityUseCase;
import io.supportdesk.application.ticket.port.in.ChangeTicketStatusCommand;
import io.supportdesk.application.ticket.port.in.ChangeTicketStatusUseCase;
import io.supportdesk.application.ticket.port.in.DeleteTicketUseCase;
import io.supportdesk.application.ticket.port.in.EditTicketCommand;
import io.supportdesk.application.ticket.port.in.EditTicketUseCase;
import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.application.ticket.port.out.TicketTeamMoves;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.ticket.TicketAccessDenied;
import io.supportdesk.domain.ticket.TicketId;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * A loop over the single-ticket use cases, deliberately not a transaction of its own: each use case runs its own
 * unit of work, so a ticket that fails is rolled back alone. Every failure, expected or not, becomes that ticket's
 * outcome and the loop goes on; the adapter decides how to report it.
 */
public final class BulkChangeTicketsService implements BulkChangeTicketsUseCase {

    private final ChangeTicketStatusUseCase changeStatus;
    private final AssignTicketUseCase assign;
    private final TicketTeamMoves teamMoves;
    private final ChangeTicketPriorityUseCase changePriority;
    private final EditTicketUseCase edit;
    private final DeleteTicketUseCase delete;

    public BulkChangeTicketsService(ChangeTicketStatusUseCase changeStatus, AssignTicketUseCase assign,
                                    TicketTeamMoves teamMoves, ChangeTicketPriorityUseCase changePriority,
                                    EditTicketUseCase edit, DeleteTicketUseCase delete) {
        this.changeStatus = changeStatus;
        this.assign = assign;
        this.teamMoves = teamMoves;
        this.changePriority = changePriority;
        this.edit = edit;
        this.delete = delete;
    }

    @Override
    public BulkChangeResult change(BulkChangeTicketsCommand command) {
        if (!command.actor().isStaff()) {
            throw new TicketAccessDenied("only staff change tickets in bulk");
        }
        List<BulkChangeResult.Outcome> outcomes = new ArrayList<>(command.tickets().size());
        for (TicketId ticket : command.tickets()) {
            try {
                apply(command.actor(), TicketReference.of(ticket), command.action());
                outcomes.add(new BulkChangeResult.Changed(ticket));
            } catch (RuntimeException failure) {
                outcomes.add(new BulkChangeResult.Failed(ticket, failure));
            }
        }
        return new BulkChangeResult(outcomes);
    }

    private void apply(Actor actor, TicketReference ticket, BulkTicketAction action) {
        OptionalLong current = OptionalLong.empty();
        switch (action) {
            case BulkTicketAction.ChangeStatus status ->
                    changeStatus.changeStatus(new ChangeTicketStatusCommand(actor, ticket, status.target(), current));
            case BulkTicketAction.Assign assignee ->
                    assign.assign(new AssignTicketCommand(actor, ticket, assignee.assignee(), current));
            case BulkTicketAction.MoveToTeam team -> teamMoves.move(actor, ticket, team.team());
            case BulkTicketAction.ChangePriority priority ->
                    changePriority.changePriority(new ChangeTicketPriorityCommand(actor, ticket, priority.priority(),
                            current));
            case BulkTicketAction.Retag retag -> edit.edit(EditTicketCommand.retag(actor, ticket, current,
                    retag.change()));
            case BulkTicketAction.Delete ignored -> delete.delete(actor, ticket);
        }
    }
}

-- A first page of the ticket list: by default the agents' most common view (open tickets, newest first);
-- LIST_QUERY names another (run.sh measures the open queue, one agent's, by priority, and a triaged queue).
wrk.method = "GET"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
wrk.path = "/api/v1/tickets?" .. (os.getenv("LIST_QUERY") or "status=open&page_size=20")

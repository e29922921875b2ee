-- The agents' most common view: the first page of open tickets.
wrk.method = "GET"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
wrk.path = "/api/v1/tickets?status=open&page_size=20"

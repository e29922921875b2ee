-- GET one ticket by id, with the bearer token from the environment.
wrk.method = "GET"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
wrk.path = "/api/v1/tickets/" .. os.getenv("TICKET")

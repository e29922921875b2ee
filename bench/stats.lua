-- The whole desk's figures, as a manager's dashboard asks for them.
wrk.method = "GET"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
wrk.path = "/api/v1/stats"

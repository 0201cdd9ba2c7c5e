/// ../shared/data/seed/article.txt, quoted as a test fixture.
let seedArticle = """
Kerry will speak with Yang Jiechi, a member of the ruling Communist Party’s Politburo, on a video call Thursday night, the South China Morning Post reported, citing a person familiar with the matter.
Chinese Foreign Minister Wang Yi told Kerry in a video call Wednesday that Washington must take the first step to improve ties that frayed during the Trump administration, when a trade war erupted and the nations started bickering over issues from the technology industry to visas for journalists and students.
“China-U.S. climate change cooperation cannot be separated from the general environment of relations,” Wang said, according to the ministry. “The United States should meet China halfway and take positive actions to push relations back on track.”
Kerry urged China, the world’s largest carbon emitter, to do more to curb its discharges, a U.S. State Department spokesperson said. He said in a meeting with Vice Premier Han Zheng that China had to be fully engaged and committed for the climate crisis to be solved, the spokesman added later.
Tensions between Beijing and Washington have simmered since the Biden administration took over in January, with many in the Chinese government still angry about moves by former President Donald Trump. When Yang met face-to-face with Secretary of State Antony Blinken in Alaska in March he launched into a lengthy monologue, saying Western nations don’t represent global public opinion and Americans had little faith in their own democracy.
A meeting of top officials from the world’s two largest economies in Tianjin in July was also contentious.
Kerry, the U.S. special presidential envoy for climate, is visiting the port city of Tianjin — about 60 miles (100 kilometers) east of Beijing — this week for meetings with counterpart Xie Zhenhua. He is on the second leg of a trip to Asia that started in Tokyo to discuss climate commitments before an international summit in Scotland later this year.
The visits come a few weeks after the release of a report by the world’s top climate scientists, who warned the Earth would warm by 1.5 degrees Celsius (2.7 degrees Fahrenheit) in the next two decades without drastic efforts to eliminate greenhouse gas pollution.
The Intergovernmental Panel on Climate Change report found that the past decade was most likely hotter than any period in the last 125,000 years.
Share This:
"""
